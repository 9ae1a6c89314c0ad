import { addComment, setThreadResolved, type NewComment } from '../db/commentsRepo';
import type { Comment } from '../domain/schemas/comment';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { undoableCreate, undoableEdit } from './recordUndo';

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
  const { result, undo } = await undoableCreate(
    db,
    db.comments,
    () => addComment(db, input, ctx.now(), ctx.newId()),
    'The comment is gone again.',
    'comment',
  );
  return { result, message: result.threadId === null ? 'Comment added.' : 'Reply added.', undo };
}

/**
 * Resolves a thread as `resolvedBy`, or reopens it (null). Its Undo puts the thread back as it
 * was, unless changed since.
 */
export async function setThreadResolvedCommand(
  ctx: CommandContext,
  input: { threadId: string; resolvedBy: string | null },
): Promise<CommandOutcome<Comment>> {
  const { threadId, resolvedBy } = input;
  const { db } = ctx;
  const reopening = resolvedBy === null;
  const { result, undo } = await undoableEdit(
    db,
    db.comments,
    threadId,
    () => setThreadResolved(db, threadId, resolvedBy, ctx.now()),
    reopening ? 'The thread is resolved again.' : 'The thread is open again.',
    'thread',
  );
  return { result, message: reopening ? 'Thread reopened.' : 'Thread resolved.', undo };
}
