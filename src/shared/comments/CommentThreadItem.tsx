import { useState } from 'react';
import type { CommentThread } from '../../domain/review/commentThreads';
import type { Comment } from '../../domain/schemas/comment';
import { formatDateTime } from '../../ui/format';
import { CommentForm } from './CommentForm';

interface Props {
  thread: CommentThread;
  /** What the thread is on, to name its reply form. */
  placeLabel: string;
  signedName: string | null;
  onReply(body: string, name: string): Promise<void>;
  onResolve(resolved: boolean): void;
}

function CommentText({ comment }: { comment: Comment }) {
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

/** A thread: its first comment, the replies, and resolve / reopen. */
export function CommentThreadItem({ thread, placeLabel, signedName, onReply, onResolve }: Props) {
  const [replying, setReplying] = useState(false);
  const { root, replies, resolved } = thread;
  return (
    <li>
      <article
        className={`comment-thread${resolved ? ' resolved' : ''}`}
        aria-label={`Thread by ${root.authorName}`}
      >
        <CommentText comment={root} />
        {replies.length > 0 && (
          <ol className="comment-replies" aria-label="Replies">
            {replies.map((reply) => (
              <li key={reply.id}>
                <CommentText comment={reply} />
              </li>
            ))}
          </ol>
        )}
        {resolved && (
          <p className="comment-resolved" role="status">
            Resolved by {root.resolvedBy ?? 'someone'}
            {root.resolvedAt && ` · ${formatDateTime(root.resolvedAt)}`}
          </p>
        )}
        {replying && !resolved ? (
          <CommentForm
            label="Reply"
            formName={`Reply to ${root.authorName} on ${placeLabel}`}
            submitLabel="Post reply"
            signedName={signedName}
            onPost={async (body, name) => {
              await onReply(body, name);
              setReplying(false);
            }}
            onCancel={() => setReplying(false)}
          />
        ) : (
          <div className="form-actions">
            {!resolved && (
              <button type="button" onClick={() => setReplying(true)}>
                Reply
              </button>
            )}
            <button type="button" onClick={() => onResolve(!resolved)}>
              {resolved ? 'Reopen thread' : 'Resolve thread'}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
