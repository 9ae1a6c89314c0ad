/**
 * Comments grouped into threads: a thread is its first comment and the replies naming it, in
 * the order they were written. Pure, so the grouping is tested without a browser.
 */
import type { Comment, CommentPlace } from '../schemas/comment';

export interface CommentThread {
  root: Comment;
  replies: Comment[];
  resolved: boolean;
}

const byTime = (a: Comment, b: Comment) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export const samePlace = (a: CommentPlace, b: CommentPlace): boolean =>
  a.targetKind === b.targetKind && a.targetId === b.targetId && a.anchor === b.anchor;

/**
 * The threads at one place, oldest first. A reply whose first comment is gone (deleted by a
 * backup restore, say) opens its own thread rather than vanishing: no one's words are dropped.
 */
export function threadsAt(comments: readonly Comment[], place: CommentPlace): CommentThread[] {
  const here = comments.filter((c) => samePlace(c, place)).sort(byTime);
  const roots = new Map<string, CommentThread>();
  for (const comment of here) {
    if (comment.threadId === null || !here.some((c) => c.id === comment.threadId)) {
      roots.set(comment.id, { root: comment, replies: [], resolved: comment.resolvedAt !== null });
    }
  }
  for (const comment of here) {
    if (comment.threadId !== null) roots.get(comment.threadId)?.replies.push(comment);
  }
  return [...roots.values()];
}

/** "2 open threads" for a place's toggle; null when there are none. */
export function openThreadCount(threads: readonly CommentThread[]): number {
  return threads.filter((t) => !t.resolved).length;
}
