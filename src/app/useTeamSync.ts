import { useContext } from 'react';
import { TeamSyncContext, type TeamSyncValue } from './teamSyncContext';

export function useTeamSync(): TeamSyncValue {
  const value = useContext(TeamSyncContext);
  if (!value) throw new Error('useTeamSync must be used inside <TeamSyncProvider>.');
  return value;
}

/** Why a reviewer's evidence controls are off, said beside them. */
export const REVIEWER_READ_ONLY =
  'As a reviewer you read the evidence, comment and decide; you cannot change it.';

/** False when the open workspace is shared with this person as a reviewer. */
export function useCanEditEvidence(): boolean {
  return useTeamSync().canEditEvidence;
}
