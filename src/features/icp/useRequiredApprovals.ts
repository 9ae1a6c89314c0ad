import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { requiredApprovals } from '../../db/icpRepo';
import { putSetting } from '../../db/settingsRepo';
import { REQUIRED_APPROVALS_KEY, requiredApprovalsSchema } from '../../domain/icp/signOffGuards';

/** How many distinct approvals this workspace asks before a sign-off (undefined while loading). */
export function useRequiredApprovals() {
  const db = useWorkspaceDb();
  const required = useLiveQuery(() => requiredApprovals(db), [db]);
  const save = useCallback(
    (value: number) => putSetting(db, REQUIRED_APPROVALS_KEY, requiredApprovalsSchema.parse(value)),
    [db],
  );
  return { required, save };
}
