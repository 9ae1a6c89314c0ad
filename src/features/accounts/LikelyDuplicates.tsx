import { useMemo, useState } from 'react';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { mergeAccounts } from '../../db/accountMergeRepo';
import { likelyDuplicates } from '../../domain/normalising/companyNames';
import type { Account } from '../../domain/schemas/account';
import { plural } from '../../ui/format';
import { useToast } from '../../ui/toastContext';
import { MergeAccountsDialog } from './MergeAccountsDialog';

interface Pair {
  keep: Account;
  merge: Account;
}

/** Accounts whose names differ only by legal form or punctuation, each offered as a merge. */
export function LikelyDuplicates({ accounts }: { accounts: readonly Account[] }) {
  const db = useWorkspaceDb();
  const toast = useToast();
  const [pending, setPending] = useState<Pair | null>(null);
  // The first of a group is kept: the list is sorted by name, so the shortest spelling wins.
  const pairs = useMemo(
    () =>
      likelyDuplicates(accounts).flatMap(([keep, ...rest]) =>
        keep ? rest.map((merge) => ({ keep, merge })) : [],
      ),
    [accounts],
  );
  if (pairs.length === 0) return null;

  const merge = async ({ keep, merge }: Pair) => {
    setPending(null);
    try {
      const { undo } = await mergeAccounts(db, keep.id, merge.id);
      toast({
        message: `Merged “${merge.name}” into “${keep.name}”.`,
        action: {
          label: 'Undo',
          run: async () => {
            const { message } = await undo();
            if (message) toast({ message });
          },
        },
      });
    } catch (error) {
      toast({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
    }
  };

  return (
    <section aria-labelledby="likely-duplicates-heading" className="likely-duplicates">
      <h2 id="likely-duplicates-heading">Likely duplicates</h2>
      <p>
        {plural(pairs.length, 'pair')} of accounts whose names differ only by legal form or
        punctuation.
      </p>
      <ul>
        {pairs.map((pair) => (
          <li key={`${pair.keep.id}:${pair.merge.id}`}>
            “{pair.merge.name}” and “{pair.keep.name}”{' '}
            <button
              type="button"
              aria-label={`Merge “${pair.merge.name}” into “${pair.keep.name}”`}
              onClick={() => setPending(pair)}
            >
              Merge accounts
            </button>
          </li>
        ))}
      </ul>
      {pending && (
        <MergeAccountsDialog
          keep={pending.keep}
          merge={pending.merge}
          onConfirm={() => void merge(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
