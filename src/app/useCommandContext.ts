import { useMemo } from 'react';
import { commandContext, type CommandContext } from '../commands/context';
import { useWorkspaceDb } from './useWorkspace';

/** The context every command of this screen runs in: the open workspace, the clock, new ids. */
export function useCommandContext(): CommandContext {
  const db = useWorkspaceDb();
  return useMemo(() => commandContext(db), [db]);
}
