import { useContext } from 'react';
import { TeamSyncContext, type TeamSyncValue } from './teamSyncContext';

export function useTeamSync(): TeamSyncValue {
  const value = useContext(TeamSyncContext);
  if (!value) throw new Error('useTeamSync must be used inside <TeamSyncProvider>.');
  return value;
}

/** False when the open workspace is shared with this person as a reviewer. */
export function useCanEditEvidence(): boolean {
  return useTeamSync().canEditEvidence;
}
