import { addComment, setThreadResolved, type NewComment } from '../db/commentsRepo';
import type { Comment } from '../domain/schemas/comment';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { deleteUnlessEdited, markedWrite, putBackUnlessEdited, undoReport } from './recordUndo';

/**
 * A new thread or a reply. In a shared workspace the author is the signed-in member (id and
 * name from their membership); in a browser of one, the name they typed. Its Undo takes the
 * comment out again unless someone changed it since.
 */
export async function addCommentCommand(
  ctx: CommandContext,
  input: NewComment,
): Promise<CommandOutcome<Comment>> {
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.comments], () =>
    addComment(db, input, ctx.now(), ctx.newId()),
  );
  return {
    result,
    message: result.threadId === null ? 'Comment added.' : 'Reply added.',
    undo: async () =>
      undoReport(
        await deleteUnlessEdited(db, db.comments, result.id, seq),
        'The comment is gone again.',
        'comment',
      ),
  };
}

export interface ResolveInput {
  threadId: string;
  /** Who resolves it; null reopens the thread. */
  resolvedBy: string | null;
}

/** Resolves or reopens a thread. Its Undo puts the thread back as it was, unless changed since. */
export async function setThreadResolvedCommand(
  ctx: CommandContext,
  { threadId, resolvedBy }: ResolveInput,
): Promise<CommandOutcome<Comment>> {
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.comments], async () => {
    const before = await db.comments.get(threadId);
    return { before, after: await setThreadResolved(db, threadId, resolvedBy, ctx.now()) };
  });
  const { before, after } = result;
  return {
    result: after,
    message: resolvedBy === null ? 'Thread reopened.' : 'Thread resolved.',
    undo: before
      ? async () =>
          undoReport(
            await putBackUnlessEdited(db, db.comments, before, seq),
            resolvedBy === null ? 'The thread is resolved again.' : 'The thread is open again.',
            'thread',
          )
      : undefined,
  };
}
