import type { CommentEnv } from '../../shared/comments/commentEnv';
import { CommentThreads } from '../../shared/comments/CommentThreads';
import { excerpt } from '../../domain/excerpt';
import type { IcpVersion } from '../../domain/schemas/icpVersion';

interface Props {
  env: CommentEnv;
  version: IcpVersion;
}

const KINDS = [
  { key: 'isLines', kind: 'is_line', label: 'IS' },
  { key: 'isNotLines', kind: 'is_not_line', label: 'IS NOT' },
] as const;

/**
 * Threads on each stored IS / IS NOT line of the version. A line has no id, so a thread hangs on
 * the line's text: edit the line and its old threads stay with the version, under the old text.
 */
export function LineComments({ env, version }: Props) {
  const lines = KINDS.flatMap(({ key, kind, label }) =>
    [...new Set(version[key])].map((line) => ({ kind, label, line })),
  );
  if (lines.length === 0) return null;
  return (
    <ul className="icp-comment-list icp-no-print" aria-label="Comments on IS / IS NOT lines">
      {lines.map(({ kind, label, line }) => (
        <li key={`${kind}-${line}`}>
          <CommentThreads
            env={env}
            place={{ targetKind: kind, targetId: version.id, anchor: line }}
            label={`${label} line “${excerpt(line, 60)}”`}
          />
        </li>
      ))}
    </ul>
  );
}
