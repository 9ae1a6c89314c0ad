import { useState } from 'react';
import type { CommentThread } from '../../domain/review/commentThreads';
import { formatDateTime } from '../../ui/format';
import { CommentForm } from './CommentForm';
import { CommentText } from './CommentText';
import type { useComments } from './useComments';

interface Props {
  thread: CommentThread;
  /**
   * Where the thread is: what it is on (to name its reply form), the member's name in a shared
   * workspace, and the place's post and resolve (useComments).
   */
  at: { label: string } & Pick<ReturnType<typeof useComments>, 'signedName' | 'post' | 'resolve'>;
}

/** A thread: its first comment, the replies, and resolve / reopen. */
export function CommentThreadItem({ thread, at }: Props) {
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
            formName={`Reply to ${root.authorName} on ${at.label}`}
            submitLabel="Post reply"
            signedName={at.signedName}
            onPost={async (body, name) => {
              await at.post(body, name, root.id);
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
            <button type="button" onClick={() => void at.resolve(root.id, !resolved)}>
              {resolved ? 'Reopen thread' : 'Resolve thread'}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
