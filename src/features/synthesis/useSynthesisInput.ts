import { useLiveQuery } from 'dexie-react-hooks';
import { listFindings } from '../../db/findingsRepo';
import type { WorkspaceDb } from '../../db/schema';
import type { Finding } from '../../domain/schemas/finding';
import type { Trait } from '../../domain/schemas/trait';
import type { SynthesisInput } from '../../domain/synthesis/synthesisInput';

/** One read transaction, so a recompute never mixes quotes from before and after an edit. */
export function useSynthesisInput(db: WorkspaceDb): SynthesisInput | undefined {
  return useLiveQuery(
    () =>
      db.transaction(
        'r',
        [db.accounts, db.deals, db.interviews, db.highlights, db.codes],
        async () => {
          const [accounts, deals, interviews, highlights, codes] = await Promise.all([
            db.accounts.toArray(),
            db.deals.toArray(),
            db.interviews.toArray(),
            db.highlights.toArray(),
            db.codes.toArray(),
          ]);
          return { accounts, deals, interviews, highlights, codes };
        },
      ),
    [db],
  );
}

/** Findings live apart from the input: linking a quote must not recompute the matrix. */
export function useFindings(db: WorkspaceDb): Finding[] | undefined {
  return useLiveQuery(() => listFindings(db), [db]);
}

export function useTraits(db: WorkspaceDb): Trait[] | undefined {
  return useLiveQuery(
    async () => (await db.traits.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [db],
  );
}
