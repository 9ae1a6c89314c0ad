import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { currentVersion, listTraits, listVersions } from '../../db/icpRepo';
import type { WorkspaceDb } from '../../db/schema';
import { nowIso } from '../../db/workspaceRegistry';
import {
  groupQuotesByAccount,
  scoreAccounts,
  traitEvidence,
  type TraitEvidence,
} from '../../domain/icp/scoring';
import { icpSeparation } from '../../domain/icp/separation';

/** Everything the ICP page reads, live, with the scores computed once per change. */
export function useIcpData(db: WorkspaceDb) {
  const traits = useLiveQuery(() => listTraits(db), [db]);
  const versions = useLiveQuery(() => listVersions(db), [db]);
  const accounts = useLiveQuery(() => db.accounts.toArray(), [db]);
  const deals = useLiveQuery(() => db.deals.toArray(), [db]);
  const highlights = useLiveQuery(() => db.highlights.toArray(), [db]);
  const codes = useLiveQuery(() => db.codes.toArray(), [db]);
  const contacts = useLiveQuery(() => db.contacts.toArray(), [db]);

  // A live query cannot write, so the first draft is created once, outside it.
  const [draftError, setDraftError] = useState<Error | null>(null);
  useEffect(() => {
    currentVersion(db, nowIso()).catch((error: unknown) =>
      setDraftError(
        new Error(
          `Could not start the first ICP draft: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ),
    );
  }, [db]);

  const quotesByAccount = useMemo(() => groupQuotesByAccount(highlights ?? []), [highlights]);
  const scored = useMemo(
    () => scoreAccounts(accounts ?? [], traits ?? [], quotesByAccount),
    [accounts, traits, quotesByAccount],
  );
  const separation = useMemo(() => icpSeparation(scored), [scored]);
  const matches = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of scored) for (const id of s.matched) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [scored]);
  const evidence = useMemo(() => {
    const byTrait: Record<string, TraitEvidence> = {};
    for (const trait of traits ?? []) byTrait[trait.id] = traitEvidence(trait, highlights ?? []);
    return byTrait;
  }, [traits, highlights]);

  const current = versions?.at(-1);
  // Without a draft the page would wait forever; the page's error boundary says why instead.
  if (draftError) throw draftError;
  if (
    !traits ||
    !versions ||
    !current ||
    !accounts ||
    !deals ||
    !highlights ||
    !codes ||
    !contacts
  ) {
    return null;
  }
  return {
    traits,
    versions,
    current,
    accounts,
    deals,
    highlights,
    codes,
    contacts,
    scored,
    separation,
    matches,
    evidence,
  };
}

export type IcpData = NonNullable<ReturnType<typeof useIcpData>>;
