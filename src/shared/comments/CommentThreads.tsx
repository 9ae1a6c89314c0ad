import type { CommentPlace } from '../../domain/schemas/comment';
import { openThreadCount } from '../../domain/review/commentThreads';
import type { CommentEnv } from './commentEnv';
import { CommentForm } from './CommentForm';
import { CommentThreadItem } from './CommentThreadItem';
import { useComments } from './useComments';

interface Props {
  env: CommentEnv;
  place: CommentPlace;
  /** What is being discussed, for the region's name: "finding “Teams churn…”". */
  label: string;
}

/**
 * Review threads on a finding, a trait, an IS / IS NOT line or a version diff. Collapsed to one
 * line that says how many are open, so a page of findings stays readable. Every role may
 * comment, reviewers included: in a shared workspace comments travel in the review document.
 */
export function CommentThreads({ env, place, label }: Props) {
  const { threads, signedName, post, resolve } = useComments(env, place);
  if (!threads) return null;
  const at = { label, signedName, post, resolve };
  const open = openThreadCount(threads);
  const counts = threads.length === 0 ? '' : ` (${open} open, ${threads.length - open} resolved)`;
  return (
    <details className="comment-threads">
      <summary>
        Comments on {label}
        {counts}
      </summary>
      <section aria-label={`Comments on ${label}`}>
        {threads.length > 0 && (
          <ol className="comment-thread-list" aria-label="Threads">
            {threads.map((thread) => (
              <CommentThreadItem key={thread.root.id} thread={thread} at={at} />
            ))}
          </ol>
        )}
        <CommentForm
          label="New comment"
          formName={`New comment on ${label}`}
          submitLabel="Add comment"
          signedName={signedName}
          onPost={(body, name) => post(body, name, null)}
        />
      </section>
    </details>
  );
}
