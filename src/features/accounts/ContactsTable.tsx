import { BUYING_ROLE_LABELS, type Contact } from '../../domain/schemas/contact';
import { DataTable } from '../../ui/DataTable';
import { formatOptional } from '../../ui/format';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';

interface Props {
  contacts: readonly Contact[];
  labelledBy: string;
  onEdit(contact: Contact): void;
  onDelete(contact: Contact): void;
}

export function ContactsTable({ contacts, labelledBy, onEdit, onDelete }: Props) {
  return (
    <DataTable
      wrap={false}
      labelledBy={labelledBy}
      columns={[
        { header: 'Name', rowHeader: true, cell: (contact) => contact.name },
        { header: 'Title', cell: (contact) => formatOptional(contact.title) },
        {
          header: 'Buying role',
          cell: (contact) => (contact.buyingRole ? BUYING_ROLE_LABELS[contact.buyingRole] : '—'),
        },
        {
          header: <span className="visually-hidden">Actions</span>,
          className: 'row-actions',
          cell: (contact) => (
            <EditDeleteButtons
              what={`contact ${contact.name}`}
              onEdit={() => onEdit(contact)}
              onDelete={() => onDelete(contact)}
            />
          ),
        },
      ]}
      rows={contacts}
      rowKey={(contact) => contact.id}
      empty={<p>No contacts yet. Add the people you interview and their buying roles.</p>}
    />
  );
}
