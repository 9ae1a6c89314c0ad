import type { Deal } from '../../domain/schemas/deal';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatMoney, formatOptional } from '../../ui/format';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';
import { anyCustomFields, DealCustomFields } from './DealCustomFields';

interface Props {
  deals: readonly Deal[];
  labelledBy: string;
  onEdit(deal: Deal): void;
  onDelete(deal: Deal): void;
}

const dealName = (deal: Deal) => deal.name ?? 'Untitled deal';

export function DealsTable({ deals, labelledBy, onEdit, onDelete }: Props) {
  const columns: Column<Deal>[] = [
    { header: 'Deal', rowHeader: true, cell: dealName },
    { header: 'Stage', cell: (deal) => deal.stage },
    { header: 'Amount', numeric: true, cell: (deal) => formatMoney(deal.amount) },
    { header: 'Created', cell: (deal) => formatOptional(deal.createdOn) },
    { header: 'Closed', cell: (deal) => formatOptional(deal.closedOn) },
    {
      header: 'Loss reason',
      cell: (deal) => (
        <>
          {deal.lossReason ?? '—'}
          {deal.lossCategory && <span className="tag">{deal.lossCategory}</span>}
        </>
      ),
    },
  ];
  // Only imports keep custom fields on deals, so most accounts never need the column.
  if (anyCustomFields(deals)) {
    columns.push({
      header: 'Custom fields',
      cell: (deal) => <DealCustomFields fields={deal.customFields} />,
    });
  }
  columns.push({
    header: <span className="visually-hidden">Actions</span>,
    className: 'row-actions',
    cell: (deal) => (
      <EditDeleteButtons
        what={`deal ${deal.name ?? ''}`.trim()}
        onEdit={() => onEdit(deal)}
        onDelete={() => onDelete(deal)}
      />
    ),
  });
  return (
    <DataTable
      wrap={false}
      labelledBy={labelledBy}
      columns={columns}
      rows={deals}
      rowKey={(deal) => deal.id}
      empty={<p>No deals recorded.</p>}
    />
  );
}
