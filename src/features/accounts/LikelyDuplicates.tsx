import { useMemo, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { mergeAccountsCommand } from '../../commands/accountCommands';
import { likelyDuplicates } from '../../domain/normalising/companyNames';
import type { Account } from '../../domain/schemas/account';
import { plural } from '../../ui/format';
import { MergeAccountsDialog } from './MergeAccountsDialog';

interface Pair {
  keep: Account;
  merge: Account;
}

/** Accounts whose names differ only by legal form or punctuation, each offered as a merge. */
export function LikelyDuplicates({ accounts }: { accounts: readonly Account[] }) {
  const ctx = useCommandContext();
  const run = useCommand();
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

  const merge = async (pair: Pair) => {
    setPending(null);
    await run(mergeAccountsCommand(ctx, pair), {
      failed: `“${pair.merge.name}” was not merged`,
    });
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
