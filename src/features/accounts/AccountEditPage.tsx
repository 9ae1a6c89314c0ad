import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useCommandContext } from '../../app/useCommandContext';
import { createAccountCommand, updateAccountCommand } from '../../commands/accountEditCommands';
import { getAccount } from '../../db/accountsRepo';
import { useCanEditEvidence } from '../../app/useTeamSync';
import {
  accountFromForm,
  accountToFormValues,
  EMPTY_ACCOUNT_FORM,
} from '../../domain/forms/accountForm';
import { EmptyState } from '../../ui/EmptyState';
import { AccountForm } from './AccountForm';

/** /accounts/new and /accounts/:accountId/edit. */
export function AccountEditPage() {
  const { accountId } = useParams();
  const isNew = !accountId;
  usePageTitle(isNew ? 'Add account' : 'Edit account');
  const ctx = useCommandContext();
  const { db } = ctx;
  const navigate = useNavigate();
  const canEdit = useCanEditEvidence();
  const existing = useLiveQuery(
    async () => (accountId ? ((await getAccount(db, accountId)) ?? null) : null),
    [db, accountId],
  );

  if (!isNew && existing === undefined) return <p role="status">Loading account…</p>;
  if (!isNew && existing === null) {
    return (
      <EmptyState title="Account not found">
        <p>It may have been deleted or undone with its import.</p>
      </EmptyState>
    );
  }
  const account = existing ?? null;
  // The team server refuses a reviewer's evidence edits; the form is not offered either.
  if (!canEdit) {
    return (
      <EmptyState title="Reviewers cannot change accounts">
        <p>
          You review this shared workspace: you can read, comment and decide, not edit evidence.
        </p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="account-edit-heading">
      <h1 id="account-edit-heading">{account ? `Edit ${account.name}` : 'Add account'}</h1>
      <AccountForm
        initial={account ? accountToFormValues(account) : EMPTY_ACCOUNT_FORM}
        submitLabel={account ? 'Save account' : 'Add account'}
        onCancel={() => navigate(account ? `/accounts/${account.id}` : '/accounts')}
        // The form shows a failed save beside its buttons, keeping what was typed, so the
        // command is awaited here rather than run through useCommand's toast.
        onSubmit={async (values) => {
          const input = accountFromForm(values, account);
          const { result: saved } = account
            ? await updateAccountCommand(ctx, { id: account.id, input })
            : await createAccountCommand(ctx, input);
          navigate(`/accounts/${saved.id}`);
        }}
      />
    </section>
  );
}
