import { useMemo } from 'react';
import type { CommentEnv } from '../shared/comments/commentEnv';
import { useCommand } from './useCommand';
import { useCommandContext } from './useCommandContext';
import { useTeamSync } from './useTeamSync';

/** What the shared comment threads need, from the app: the screens pass it on. */
export function useCommentEnv(): CommentEnv {
  const ctx = useCommandContext();
  const run = useCommand();
  const { shared } = useTeamSync();
  const memberId = shared?.memberId;
  const name = shared?.name;
  return useMemo(
    () => ({
      ctx,
      run,
      member: memberId !== undefined && name !== undefined ? { memberId, name } : null,
    }),
    [ctx, run, memberId, name],
  );
}
