import { useId, useState } from 'react';
import { icpGrid, SEGMENT_DIMENSIONS, type SegmentDimension } from '../../domain/icp/icpGrid';
import type { IcpData } from './useIcpData';

const DIMENSION_LABELS: Record<SegmentDimension, string> = {
  industry: 'Industry',
  sizeBand: 'Company size',
  region: 'Region',
  integrationsBand: 'Integrations',
  plan: 'Plan',
};

const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

export function IcpGridSection({ data }: { data: IcpData }) {
  const firstId = useId();
  const secondId = useId();
  const [first, setFirst] = useState<SegmentDimension>('industry');
  const [second, setSecond] = useState<SegmentDimension | ''>('');
  const grid = icpGrid(data.accounts, data.deals, data.highlights, data.codes, {
    segmentBy: second === '' || second === first ? [first] : [first, second],
  });
  return (
    <section aria-labelledby="icp-grid-heading" className="icp-section">
      <h2 id="icp-grid-heading">ICP Grid</h2>
      <div className="icp-form-row">
        <div className="field">
          <label htmlFor={firstId}>Segment by</label>
          <select
            id={firstId}
            value={first}
            onChange={(e) => setFirst(e.target.value as SegmentDimension)}
          >
            {SEGMENT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {DIMENSION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={secondId}>And by</label>
          <select
            id={secondId}
            value={second}
            onChange={(e) => setSecond(e.target.value as SegmentDimension | '')}
          >
            <option value="">Nothing else</option>
            {SEGMENT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {DIMENSION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="icp-formula">
        <summary>How PMF and GTM are scored</summary>
        <p>
          Core pain: {grid.corePain?.name ?? 'none found (no pain point cited by power users)'}.
        </p>
        <p>
          PMF weights:{' '}
          {Object.entries(grid.weights.pmf)
            .map(([k, w]) => `${k} ${w}`)
            .join(', ')}
        </p>
        <ul>
          {grid.formula.pmf.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          GTM weights:{' '}
          {Object.entries(grid.weights.gtm)
            .map(([k, w]) => `${k} ${w}`)
            .join(', ')}
        </p>
        <ul>
          {grid.formula.gtm.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{grid.formula.combine}</p>
      </details>
      <div className="icp-table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col" className="num">
                Accounts
              </th>
              <th scope="col" className="num">
                PMF
              </th>
              <th scope="col" className="num">
                GTM
              </th>
              <th scope="col">Quadrant</th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {grid.segments.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                <td className="num">{s.accounts}</td>
                <td className="num">{percent(s.pmf)}</td>
                <td className="num">{percent(s.gtm)}</td>
                <td>{s.quadrant ?? 'Not enough data'}</td>
                <td className="icp-advice">{s.advice ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
