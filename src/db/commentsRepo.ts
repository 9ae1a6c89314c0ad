/**
 * Review comments (schema version 6): reads for the screens, writes for the comment commands.
 * A thread is its first comment and the replies that name it (domain/review/commentThreads.ts).
 */
import { commentSchema, type Comment, type CommentPlace } from '../domain/schemas/comment';
import { checked } from './checked';
import type { WorkspaceDb } from './schema';

/** Every comment on one target (all its anchors): a finding, a trait, a version. */
export function listCommentsOn(
  db: WorkspaceDb,
  targetKind: Comment['targetKind'],
  targetId: string,
): Promise<Comment[]> {
  return db.comments.where('[targetKind+targetId]').equals([targetKind, targetId]).toArray();
}

export interface NewComment extends CommentPlace {
  threadId: string | null;
  authorId: string;
  authorName: string;
  body: string;
}

export async function addComment(
  db: WorkspaceDb,
  input: NewComment,
  now: string,
  id: string,
): Promise<Comment> {
  const comment = checked(commentSchema, {
    ...input,
    id,
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
    resolvedBy: null,
  });
  return db.transaction('rw', db.comments, async () => {
    if (comment.threadId !== null) {
      const root = await db.comments.get(comment.threadId);
      if (!root) throw new Error('This thread no longer exists, so the reply was not added.');
      if (root.resolvedAt !== null) {
        throw new Error('This thread is resolved: reopen it to reply.');
      }
    }
    await db.comments.add(comment);
    return comment;
  });
}

/** Resolves (with who did it) or reopens a thread: its first comment carries the state. */
export function setThreadResolved(
  db: WorkspaceDb,
  threadId: string,
  resolvedBy: string | null,
  now: string,
): Promise<Comment> {
  return db.transaction('rw', db.comments, async () => {
    const root = await db.comments.get(threadId);
    if (!root) throw new Error('This thread no longer exists.');
    const next = checked(commentSchema, {
      ...root,
      resolvedAt: resolvedBy === null ? null : now,
      resolvedBy,
      updatedAt: now,
    });
    await db.comments.put(next);
    return next;
  });
}
