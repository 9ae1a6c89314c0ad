import type { CommentEnv } from '../../shared/comments/commentEnv';
import { CommentThreads } from '../../shared/comments/CommentThreads';
import type { Trait } from '../../domain/schemas/trait';

interface Props {
  env: CommentEnv;
  traits: readonly Trait[];
}

/** One comment thread list per trait, under the table (a table cell is no place for a form). */
export function TraitComments({ env, traits }: Props) {
  if (traits.length === 0) return null;
  return (
    <ul className="icp-comment-list icp-no-print" aria-label="Comments on traits">
      {traits.map((trait) => (
        <li key={trait.id}>
          <CommentThreads
            env={env}
            place={{ targetKind: 'trait', targetId: trait.id, anchor: '' }}
            label={`trait “${trait.name}”`}
          />
        </li>
      ))}
    </ul>
  );
}
