import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { commandContext } from '../../commands/context';
import { ensureCurrentVersion } from '../../commands/icpVersionCommands';
import { listTraits, listVersions } from '../../db/icpRepo';
import type { WorkspaceDb } from '../../db/schema';
import {
  groupQuotesByAccount,
  scoreAccounts,
  traitEvidence,
  type TraitEvidence,
} from '../../domain/icp/scoring';
import { icpSeparation } from '../../domain/icp/separation';
import { heardAccountIds } from '../../domain/icp/traitCoverage';
import {
  frozenFigures,
  liveFigures,
  pickVersion,
  traitMatches,
} from '../../domain/icp/versionView';

/**
 * Everything the ICP page reads, live, with the scores computed once per change, plus the
 * figures of the version being viewed (`versionId`, null for the current one): frozen from
 * its snapshot once signed off, live otherwise.
 */
export function useIcpData(
  db: WorkspaceDb,
  versionId: string | null = null,
  /** False for a reviewer: the server would refuse the first draft they wrote. */
  mayStartDraft = true,
) {
  const traits = useLiveQuery(() => listTraits(db), [db]);
  const versions = useLiveQuery(() => listVersions(db), [db]);
  const accounts = useLiveQuery(() => db.accounts.toArray(), [db]);
  const deals = useLiveQuery(() => db.deals.toArray(), [db]);
  const highlights = useLiveQuery(() => db.highlights.toArray(), [db]);
  const codes = useLiveQuery(() => db.codes.toArray(), [db]);
  const contacts = useLiveQuery(() => db.contacts.toArray(), [db]);
  const interviews = useLiveQuery(() => db.interviews.toArray(), [db]);

  // A live query cannot write, so the first draft is created once, outside it.
  const [draftError, setDraftError] = useState<Error | null>(null);
  useEffect(() => {
    if (!mayStartDraft) return;
    ensureCurrentVersion(commandContext(db)).catch((error: unknown) =>
      setDraftError(
        new Error(
          `Could not start the first ICP draft: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ),
    );
  }, [db, mayStartDraft]);

  const quotesByAccount = useMemo(() => groupQuotesByAccount(highlights ?? []), [highlights]);
  const heard = useMemo(
    () => heardAccountIds(interviews ?? [], highlights ?? []),
    [interviews, highlights],
  );
  const scored = useMemo(
    () => scoreAccounts(accounts ?? [], traits ?? [], quotesByAccount),
    [accounts, traits, quotesByAccount],
  );
  const separation = useMemo(() => icpSeparation(scored), [scored]);
  const matches = useMemo(() => traitMatches(scored), [scored]);
  const evidence = useMemo(() => {
    const byTrait: Record<string, TraitEvidence> = {};
    for (const trait of traits ?? []) byTrait[trait.id] = traitEvidence(trait, highlights ?? []);
    return byTrait;
  }, [traits, highlights]);

  const picked = useMemo(() => pickVersion(versions ?? [], versionId), [versions, versionId]);
  const viewed = picked?.version;
  const current = versions?.at(-1);
  const isCurrent = viewed !== undefined && viewed.id === current?.id;
  const view = useMemo(() => {
    if (!viewed) return null;
    if (viewed.status === 'signed_off') return frozenFigures(viewed, accounts ?? []);
    // The current draft's copy of the traits is kept in step with the live table, which is read.
    return liveFigures(traits ?? [], scored, separation, evidence);
  }, [viewed, accounts, traits, scored, separation, evidence]);
  // The open deals are today's, so the pipeline is always scored live, with the viewed
  // version's own traits: what that version would have sales work on this week.
  const pipelineScored = useMemo(
    () =>
      !viewed || viewed.status !== 'signed_off' || isCurrent
        ? scored
        : scoreAccounts(accounts ?? [], viewed.traits, quotesByAccount),
    [viewed, isCurrent, scored, accounts, quotesByAccount],
  );

  // Without a draft the page would wait forever; the page's error boundary says why instead.
  if (draftError) throw draftError;
  if (
    !traits ||
    !versions ||
    !current ||
    !viewed ||
    !view ||
    !accounts ||
    !deals ||
    !highlights ||
    !codes ||
    !contacts ||
    !interviews
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
    /** Accounts interviewed or quoted: the ones a quote-based trait can test. */
    heard,
    quotesByAccount,
    scored,
    separation,
    matches,
    evidence,
    /** The version on screen; `current` stays the latest, the one the workflow acts on. */
    viewed,
    isCurrent,
    /** The link named a version that no longer exists, so the current one is shown. */
    missingVersion: picked?.missing ?? false,
    view,
    pipelineScored,
  };
}

export type IcpData = NonNullable<ReturnType<typeof useIcpData>>;
