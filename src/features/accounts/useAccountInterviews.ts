import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getInterviewCoverageInput } from '../../db/planningRepo';
import type { WorkspaceDb } from '../../db/schema';
import { accountInterviews, type AccountInterviews } from '../../domain/planning/interviewCoverage';
import type { Account } from '../../domain/schemas/account';

const NONE: ReadonlyMap<string, AccountInterviews> = new Map();

/** Interviews held and scheduled per account, live; empty until both reads are in. */
export function useAccountInterviews(
  db: WorkspaceDb,
  accounts: readonly Account[] | undefined,
): ReadonlyMap<string, AccountInterviews> {
  const input = useLiveQuery(() => getInterviewCoverageInput(db), [db]);
  return useMemo(
    () => (accounts && input ? accountInterviews({ accounts, ...input }) : NONE),
    [accounts, input],
  );
}
