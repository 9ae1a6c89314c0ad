import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { useTeamSync } from '../../app/useTeamSync';
import { setWorkspaceSettingCommand } from '../../commands/settingCommands';
import { requiredApprovals } from '../../db/icpRepo';
import { REQUIRED_APPROVALS_KEY, requiredApprovalsSchema } from '../../domain/icp/signOffGuards';

/** How many distinct approvals this workspace asks before a sign-off (undefined while loading). */
export function useRequiredApprovals() {
  const ctx = useCommandContext();
  const run = useCommand();
  const { review } = useTeamSync();
  const required = useLiveQuery(() => requiredApprovals(ctx.db), [ctx.db]);
  // The setting's form says "Saved" or the error beside the field itself.
  const save = useCallback(
    async (value: number) => {
      const input = { key: REQUIRED_APPROVALS_KEY, value: requiredApprovalsSchema.parse(value) };
      // Shared: the server's copy is the rule sign-off is counted by; the local one follows it.
      if (review) await review.setRequiredApprovals(input.value);
      await run(setWorkspaceSettingCommand(ctx, input), {
        failed: 'The approvals setting was not saved',
        quiet: true,
        throwErrors: true,
      });
    },
    [ctx, run, review],
  );
  return { required, save };
}
