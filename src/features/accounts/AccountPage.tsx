import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { getAccountDetail } from '../../db/accountDetailRepo';
import { deleteContact, restoreContact, saveContact } from '../../db/contactsRepo';
import { deleteDeal, restoreDeal, saveDeal } from '../../db/dealsRepo';
import { BUYING_ROLE_LABELS, type Contact } from '../../domain/schemas/contact';
import type { Deal } from '../../domain/schemas/deal';
import { CohortBadge } from '../../ui/CohortBadge';
import { EmptyState } from '../../ui/EmptyState';
import { formatMoney, formatOptional } from '../../ui/format';
import { useToast } from '../../ui/toastContext';
import { AccountNumbers } from './AccountNumbers';
import { ContactDialog } from './ContactDialog';
import { anyCustomFields, DealCustomFields } from './DealCustomFields';
import { DealDialog } from './DealDialog';

type Editing =
  { kind: 'deal'; deal: Deal | null } | { kind: 'contact'; contact: Contact | null } | null;

export function AccountPage() {
  const { accountId = '' } = useParams();
  const db = useWorkspaceDb();
  const toast = useToast();
  const detail = useLiveQuery(() => getAccountDetail(db, accountId), [db, accountId]);
  const [editing, setEditing] = useState<Editing>(null);
  usePageTitle(detail?.account.name ?? 'Account');

  if (detail === undefined) return <p role="status">Loading account…</p>;
  if (detail === null) {
    return (
      <EmptyState title="Account not found">
        <p>It may have been deleted or undone with its import.</p>
        <Link to="/accounts">Back to Accounts</Link>
      </EmptyState>
    );
  }
  const { account, deals, contacts, interviews, quotes } = detail;
  const showCustomFields = anyCustomFields(deals);

  const removeDeal = async (deal: Deal) => {
    const removed = await deleteDeal(db, deal.id);
    if (removed)
      toast({
        message: `Deleted deal ${deal.name ?? ''}`.trim(),
        action: { label: 'Undo', run: () => restoreDeal(db, removed) },
      });
  };
  const removeContact = async (contact: Contact) => {
    const removed = await deleteContact(db, contact.id);
    if (removed)
      toast({
        message: `Deleted contact ${contact.name}`,
        action: { label: 'Undo', run: () => restoreContact(db, removed) },
      });
  };

  return (
    <article aria-labelledby="account-heading" className="account-page">
      <p className="breadcrumb">
        <Link to="/accounts">Accounts</Link>
      </p>
      <div className="page-header">
        <h1 id="account-heading">{account.name}</h1>
        <CohortBadge cohort={account.cohort} />
        <div className="header-actions">
          <Link className="button" to={`/accounts/${account.id}/edit`}>
            Edit account
          </Link>
        </div>
      </div>
      <section aria-labelledby="numbers-heading" className="panel">
        <h2 id="numbers-heading">Numbers</h2>
        <AccountNumbers account={account} />
      </section>

      <section aria-labelledby="deals-heading" className="panel">
        <div className="panel-header">
          <h2 id="deals-heading">Deals</h2>
          <button type="button" onClick={() => setEditing({ kind: 'deal', deal: null })}>
            Add deal
          </button>
        </div>
        {deals.length === 0 ? (
          <p>No deals recorded.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Deal</th>
                <th scope="col">Stage</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Created</th>
                <th scope="col">Closed</th>
                <th scope="col">Loss reason</th>
                {showCustomFields && <th scope="col">Custom fields</th>}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deals.map((deal) => (
                <tr key={deal.id}>
                  <th scope="row">{deal.name ?? 'Untitled deal'}</th>
                  <td>{deal.stage}</td>
                  <td className="num">{formatMoney(deal.amount)}</td>
                  <td>{formatOptional(deal.createdOn)}</td>
                  <td>{formatOptional(deal.closedOn)}</td>
                  <td>
                    {deal.lossReason ?? '—'}
                    {deal.lossCategory && <span className="tag">{deal.lossCategory}</span>}
                  </td>
                  {showCustomFields && (
                    <td>
                      <DealCustomFields fields={deal.customFields} />
                    </td>
                  )}
                  <td className="row-actions">
                    <button
                      type="button"
                      aria-label={`Edit deal ${deal.name ?? ''}`.trim()}
                      onClick={() => setEditing({ kind: 'deal', deal })}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Delete deal ${deal.name ?? ''}`.trim()}
                      onClick={() => void removeDeal(deal)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="contacts-heading" className="panel">
        <div className="panel-header">
          <h2 id="contacts-heading">Contacts</h2>
          <button type="button" onClick={() => setEditing({ kind: 'contact', contact: null })}>
            Add contact
          </button>
        </div>
        {contacts.length === 0 ? (
          <p>No contacts yet. Add the people you interview and their buying roles.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Title</th>
                <th scope="col">Buying role</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.id}>
                  <th scope="row">{contact.name}</th>
                  <td>{formatOptional(contact.title)}</td>
                  <td>{contact.buyingRole ? BUYING_ROLE_LABELS[contact.buyingRole] : '—'}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      aria-label={`Edit contact ${contact.name}`}
                      onClick={() => setEditing({ kind: 'contact', contact })}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Delete contact ${contact.name}`}
                      onClick={() => void removeContact(contact)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="account-interviews-heading" className="panel">
        <h2 id="account-interviews-heading">Interviews</h2>
        {interviews.length === 0 ? (
          <p>Not interviewed yet.</p>
        ) : (
          <ul>
            {interviews.map((interview) => (
              <li key={interview.id}>
                <Link to={`/interviews/${interview.id}`}>
                  {interview.date} with {interview.interviewer}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="account-quotes-heading" className="panel">
        <h2 id="account-quotes-heading">Quotes</h2>
        {quotes.length === 0 ? (
          <p>No quotes from this account yet.</p>
        ) : (
          <ul className="quote-list">
            {quotes.map(({ highlight, codes }) => (
              <li key={highlight.id} className="quote">
                <blockquote>{highlight.anchor.exact}</blockquote>
                <ul className="code-chips" aria-label="Codes">
                  {codes.map((code) => (
                    <li key={code.id} style={{ borderColor: code.colour }}>
                      {code.name}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      {editing?.kind === 'deal' && (
        <DealDialog
          deal={editing.deal}
          onClose={() => setEditing(null)}
          onSave={async (values) => {
            await saveDeal(db, account.id, values, editing.deal?.id ?? null);
          }}
        />
      )}
      {editing?.kind === 'contact' && (
        <ContactDialog
          contact={editing.contact}
          onClose={() => setEditing(null)}
          onSave={async (values) => {
            await saveContact(db, account.id, values, editing.contact?.id ?? null);
          }}
        />
      )}
    </article>
  );
}
