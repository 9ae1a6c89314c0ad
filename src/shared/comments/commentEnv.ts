import type { CommandContext } from '../../commands/context';
import type { CommandOutcome } from '../../commands/outcome';

/** useCommand's runner (src/app), which src/shared may not import: the shape it is called in. */
export type RunCommand = <R>(
  pending: Promise<CommandOutcome<R>>,
  options: { failed: string; throwErrors?: boolean },
) => Promise<R | undefined>;

/** What comments need from the app: the command context, the runner, and who is writing. */
export interface CommentEnv {
  ctx: CommandContext;
  run: RunCommand;
  /** The signed-in member in a shared workspace; null in a browser of one. */
  member: { memberId: string; name: string } | null;
}
