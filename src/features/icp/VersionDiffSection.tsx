import { useId, useMemo, useState } from 'react';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { versionChanges } from '../../domain/icp/versionDiff';
import { accountsEffect, evidenceAddedBetween } from '../../domain/icp/versionEffect';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import type { CommentEnv } from '../../shared/comments/commentEnv';
import { CommentThreads } from '../../shared/comments/CommentThreads';
import { DiffReview } from './DiffReview';
import type { IcpData } from './useIcpData';
import { useInterviewDates } from './useInterviewDates';
import { useVersionContents } from './useVersionContents';
import { versionChangeText } from './versionChangeText';
import { VersionEffectSummary } from './VersionEffectSummary';

interface Props {
  data: IcpData;
  commentEnv: CommentEnv;
}

/** A version's moment: its sign-off, or its creation while it is still open. */
const momentOf = (v: IcpVersion) => v.frozenAt ?? v.createdAt;

export function VersionDiffSection({ data, commentEnv }: Props) {
  const aId = useId();
  const bId = useId();
  const db = useWorkspaceDb();
  const interviews = useInterviewDates(db);
  const { versions, accounts, highlights, codes } = data;
  // Null follows the default (the latest against the one before), even as versions are added.
  const [pickedA, setA] = useState<string | null>(null);
  const [pickedB, setB] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const a = pickedA ?? versions.at(-2)?.id ?? '';
  const b = pickedB ?? versions.at(-1)?.id ?? '';
  const va = versions.find((v) => v.id === a);
  const vb = versions.find((v) => v.id === b);
  // Both versions score today's accounts, so the effect is recomputed only when they change.
  const effect = useMemo(
    () => va && vb && accountsEffect(va.traits, vb.traits, accounts, data.quotesByAccount),
    [va, vb, accounts, data.quotesByAccount],
  );
  const contents = useVersionContents(db, data, va, vb);
  if (versions.length < 2 || !va || !vb || !effect || !contents) return null;
  const changes = versionChanges(contents.a, contents.b).map((c) => versionChangeText(c, codes));
  const [earlier, later] = va.number <= vb.number ? [va, vb] : [vb, va];
  const evidence = evidenceAddedBetween(momentOf(earlier), later.frozenAt, {
    accounts,
    interviews: interviews ?? [],
    quotes: highlights,
  });
  const from = va.snapshot?.separation ?? null;
  const to = vb.snapshot?.separation ?? null;
  const option = (v: IcpVersion) => (
    <option key={v.id} value={v.id}>
      Version {v.number}
    </option>
  );
  return (
    <section aria-labelledby="icp-diff-heading" className="icp-section">
      <h2 id="icp-diff-heading">Compare versions</h2>
      <div className="icp-form-row">
        <div className="field">
          <label htmlFor={aId}>Compare version A</label>
          <select id={aId} value={a} onChange={(e) => setA(e.target.value)}>
            {versions.map(option)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={bId}>With version B</label>
          <select id={bId} value={b} onChange={(e) => setB(e.target.value)}>
            {versions.map(option)}
          </select>
        </div>
      </div>
      <div className="icp-diff" aria-live="polite">
        {changes.length === 0 ? (
          <p>No changes between these versions.</p>
        ) : (
          <>
            <h3>
              {changes.length} {changes.length === 1 ? 'change' : 'changes'}
            </h3>
            <ol aria-label="Changes">
              {changes.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ol>
            {!reviewing && (
              <button type="button" onClick={() => setReviewing(true)}>
                Review changes one by one
              </button>
            )}
          </>
        )}
      </div>
      {reviewing && changes.length > 0 && (
        <DiffReview key={`${a}-${b}`} changes={changes} onClose={() => setReviewing(false)} />
      )}
      <CommentThreads
        env={commentEnv}
        place={{ targetKind: 'version_diff', targetId: vb.id, anchor: va.id }}
        label={`the changes from version ${va.number} to ${vb.number}`}
      />
      <VersionEffectSummary
        effect={effect}
        signedOff={from !== null && to !== null ? { from, to } : null}
        evidence={evidence}
        fromLabel={`version ${earlier.number}`}
        quadrantMoves={contents.moves}
      />
    </section>
  );
}
