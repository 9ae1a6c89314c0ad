import { useId, useState } from 'react';
import { versionDiff } from '../../domain/icp/versions';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import { signedWeight } from './icpLabels';

interface Props {
  versions: readonly IcpVersion[];
  /** The current draft has no snapshot yet; its live separation stands in for one. */
  liveSeparation: number | null;
}

export function VersionDiffSection({ versions, liveSeparation }: Props) {
  const aId = useId();
  const bId = useId();
  const last = versions.at(-1);
  // Null follows the default (the latest against the one before), even as versions are added.
  const [pickedA, setA] = useState<string | null>(null);
  const [pickedB, setB] = useState<string | null>(null);
  if (versions.length < 2) return null;
  const a = pickedA ?? versions.at(-2)?.id ?? '';
  const b = pickedB ?? last?.id ?? '';
  const withSnapshot = (v: IcpVersion | undefined) =>
    v &&
    (v.snapshot || v.id !== last?.id
      ? v
      : { ...v, snapshot: { separation: liveSeparation, scores: {}, evidence: {} } });
  const va = withSnapshot(versions.find((v) => v.id === a));
  const vb = withSnapshot(versions.find((v) => v.id === b));
  const diff = va && vb ? versionDiff(va, vb) : null;
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
      {diff && (
        <div className="icp-diff" aria-live="polite">
          {diff.added.length + diff.removed.length + diff.reweighted.length === 0 && (
            <p>No trait changes.</p>
          )}
          {diff.added.length > 0 && (
            <>
              <h3>Added</h3>
              <ul>
                {diff.added.map((t) => (
                  <li key={t.id}>
                    {t.name} ({signedWeight(t.weight)})
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.removed.length > 0 && (
            <>
              <h3>Removed</h3>
              <ul>
                {diff.removed.map((t) => (
                  <li key={t.id}>
                    {t.name} ({signedWeight(t.weight)})
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.reweighted.length > 0 && (
            <>
              <h3>Reweighted</h3>
              <ul>
                {diff.reweighted.map((r) => (
                  <li key={r.trait.id}>
                    {r.trait.name}: {signedWeight(r.from)} → {signedWeight(r.to)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            Separation:{' '}
            {diff.separationChange
              ? `${diff.separationChange.from.toFixed(2)} → ${diff.separationChange.to.toFixed(2)} (${diff.separationChange.change >= 0 ? '+' : ''}${diff.separationChange.change.toFixed(2)})`
              : 'not comparable (a version has no separation yet)'}
          </p>
        </div>
      )}
    </section>
  );
}
