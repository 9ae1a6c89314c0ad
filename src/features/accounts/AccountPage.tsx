import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { deleteContactCommand, saveContactCommand } from '../../commands/contactCommands';
import { deleteDealCommand, saveDealCommand } from '../../commands/dealCommands';
import { useCanEditEvidence } from '../../app/useTeamSync';
import { getAccountDetail } from '../../db/accountDetailRepo';
import type { Contact } from '../../domain/schemas/contact';
import type { Deal } from '../../domain/schemas/deal';
import { CohortBadge } from '../../ui/CohortBadge';
import { EmptyState } from '../../ui/EmptyState';
import { AccountNumbers } from './AccountNumbers';
import { ContactDialog } from './ContactDialog';
import { ContactsTable } from './ContactsTable';
import { DealDialog } from './DealDialog';
import { DealsTable } from './DealsTable';

type Editing =
  { kind: 'deal'; deal: Deal | null } | { kind: 'contact'; contact: Contact | null } | null;

export function AccountPage() {
  const { accountId = '' } = useParams();
  const ctx = useCommandContext();
  const { db } = ctx;
  const run = useCommand();
  const detail = useLiveQuery(() => getAccountDetail(db, accountId), [db, accountId]);
  const [editing, setEditing] = useState<Editing>(null);
  // A reviewer of a shared workspace reads evidence; the server would refuse their edits.
  const canEdit = useCanEditEvidence();
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

  const removeDeal = (deal: Deal) =>
    run(deleteDealCommand(ctx, deal), { failed: 'The deal was not deleted' });
  const removeContact = (contact: Contact) =>
    run(deleteContactCommand(ctx, contact), { failed: 'The contact was not deleted' });

  return (
    <article aria-labelledby="account-heading" className="account-page">
      <p className="breadcrumb">
        <Link to="/accounts">Accounts</Link>
      </p>
      <div className="page-header">
        <h1 id="account-heading">{account.name}</h1>
        <CohortBadge cohort={account.cohort} />
        <div className="header-actions">
          {canEdit ? (
            <Link className="button" to={`/accounts/${account.id}/edit`}>
              Edit account
            </Link>
          ) : (
            <p className="muted">As a reviewer you read this account; you cannot change it.</p>
          )}
        </div>
      </div>
      <section aria-labelledby="numbers-heading" className="panel">
        <h2 id="numbers-heading">Numbers</h2>
        <AccountNumbers account={account} />
      </section>

      <section aria-labelledby="deals-heading" className="panel">
        <div className="panel-header">
          <h2 id="deals-heading">Deals</h2>
          <button
            type="button"
            disabled={!canEdit}
            onClick={() => setEditing({ kind: 'deal', deal: null })}
          >
            Add deal
          </button>
        </div>
        <DealsTable
          deals={deals}
          labelledBy="deals-heading"
          onEdit={(deal) => setEditing({ kind: 'deal', deal })}
          onDelete={(deal) => void removeDeal(deal)}
        />
      </section>

      <section aria-labelledby="contacts-heading" className="panel">
        <div className="panel-header">
          <h2 id="contacts-heading">Contacts</h2>
          <button
            type="button"
            disabled={!canEdit}
            onClick={() => setEditing({ kind: 'contact', contact: null })}
          >
            Add contact
          </button>
        </div>
        <ContactsTable
          contacts={contacts}
          labelledBy="contacts-heading"
          onEdit={(contact) => setEditing({ kind: 'contact', contact })}
          onDelete={(contact) => void removeContact(contact)}
        />
      </section>

      <section aria-labelledby="account-interviews-heading" className="panel">
        <div className="panel-header">
          <h2 id="account-interviews-heading">Interviews</h2>
          <Link
            className="button"
            to={`/interviews/new?account=${encodeURIComponent(account.id)}`}
            aria-label={`New interview with ${account.name}`}
          >
            New interview
          </Link>
        </div>
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
          // The dialog shows a failed save itself and stays open with what was typed.
          onSave={async (values) => {
            const id = editing.deal?.id ?? null;
            await saveDealCommand(ctx, { accountId: account.id, id, input: values });
          }}
        />
      )}
      {editing?.kind === 'contact' && (
        <ContactDialog
          contact={editing.contact}
          onClose={() => setEditing(null)}
          onSave={async (values) => {
            const id = editing.contact?.id ?? null;
            await saveContactCommand(ctx, { accountId: account.id, id, input: values });
          }}
        />
      )}
    </article>
  );
}
