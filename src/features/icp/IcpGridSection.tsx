import { useId, useState } from 'react';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { IN_REVIEW_MESSAGE } from '../../db/icpRepo';
import {
  icpGrid,
  MIN_SEGMENT_ACCOUNTS,
  SEGMENT_DIMENSIONS,
  type GridSegment,
  type SegmentDimension,
} from '../../domain/icp/icpGrid';
import { corePainCandidates, gridOptionsFromSettings } from '../../domain/icp/icpGridSettings';
import { FROZEN_MESSAGE } from '../../domain/icp/versions';
import { DataTable, type Column } from '../../ui/DataTable';
import { IcpGridQuadrants } from './IcpGridQuadrants';
import { IcpGridWeightsForm } from './IcpGridWeightsForm';
import type { IcpData } from './useIcpData';
import { useIcpGridSettings } from './useIcpGridSettings';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

const DIMENSION_LABELS: Record<SegmentDimension, string> = {
  industry: 'Industry',
  sizeBand: 'Company size',
  region: 'Region',
  integrationsBand: 'Integrations',
  plan: 'Plan',
};

const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

function quadrantText(s: GridSegment): string {
  if (s.quadrant === null) return 'Not enough data';
  return s.quadrant !== s.scoredQuadrant ? `${s.quadrant}: too few accounts` : s.quadrant;
}

/** The weights follow the ICP page's lock: they change only while the current version is a draft. */
const SEGMENT_COLUMNS: readonly Column<GridSegment>[] = [
  { header: 'Segment', rowHeader: true, cell: (s) => s.label },
  {
    header: 'Accounts',
    numeric: true,
    cell: (s) => (
      <>
        {s.accounts}
        {s.tooFew && <span className="synthesis-flag-tag">Too few</span>}
      </>
    ),
  },
  { header: 'PMF', numeric: true, cell: (s) => percent(s.pmf) },
  { header: 'GTM', numeric: true, cell: (s) => percent(s.gtm) },
  { header: 'Quadrant', cell: quadrantText },
  { header: 'What to do', className: 'icp-advice', cell: (s) => s.advice ?? '—' },
];

function lockedReasonOf(status: IcpData['current']['status']): string | null {
  if (status === 'draft') return null;
  return status === 'signed_off' ? FROZEN_MESSAGE : IN_REVIEW_MESSAGE;
}

export function IcpGridSection({ data }: { data: IcpData }) {
  const db = useWorkspaceDb();
  const { value: settings, save } = useIcpGridSettings(db);
  const firstId = useId();
  const secondId = useId();
  const [first, setFirst] = useState<SegmentDimension>('industry');
  const [second, setSecond] = useState<SegmentDimension | ''>('');
  if (!settings) {
    return (
      <section aria-labelledby="icp-grid-heading" className="icp-section">
        <h2 id="icp-grid-heading">ICP Grid</h2>
        <p role="status">Loading the grid weights…</p>
      </section>
    );
  }
  const { corePainMissing, ...options } = gridOptionsFromSettings(settings, data.codes);
  const grid = icpGrid(data.accounts, data.deals, data.highlights, data.codes, {
    ...options,
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
            <Options options={labelledOptions(SEGMENT_DIMENSIONS, DIMENSION_LABELS)} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={secondId}>And by</label>
          <select
            id={secondId}
            value={second}
            onChange={(e) => setSecond(e.target.value as SegmentDimension | '')}
          >
            <Options
              options={labelledOptions(SEGMENT_DIMENSIONS, DIMENSION_LABELS)}
              empty="Nothing else"
            />
          </select>
        </div>
      </div>
      <IcpGridWeightsForm
        saved={settings}
        painCodes={corePainCandidates(data.codes)}
        corePainInUse={grid.corePain}
        corePainMissing={corePainMissing}
        lockedReason={lockedReasonOf(data.current.status)}
        onSave={save}
      />
      <h3>Quadrants</h3>
      <p className="field-hint">
        A segment of fewer than {MIN_SEGMENT_ACCOUNTS} accounts is never placed in Focus: it goes to
        Research until there are more like it.
      </p>
      <IcpGridQuadrants segments={grid.segments} />
      <div className="icp-table-wrap">
        <DataTable
          wrap={false}
          className="icp-grid-table"
          caption="Segments, their scores and quadrant"
          columns={SEGMENT_COLUMNS}
          rows={grid.segments}
          rowKey={(segment) => segment.label}
        />
      </div>
    </section>
  );
}
