import type { Comment } from '../../domain/schemas/comment';
import { formatDateTime } from '../../ui/format';

/** One comment: who, when, and the words. */
export function CommentText({ comment }: { comment: Comment }) {
  return (
    <>
      <p className="comment-meta">
        <strong>{comment.authorName}</strong> ·{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
      </p>
      {/* Rendered as text: markup someone typed shows as they typed it. */}
      <p className="comment-body">{comment.body}</p>
    </>
  );
}
