import { useId, useState } from 'react';
import { COHORT_KEYS } from '../../domain/cohortOverview';
import { pipelineToPrioritise } from '../../domain/icp/pipeline';
import type { ScoredAccount } from '../../domain/icp/scoring';
import {
  describeSeparation,
  describeSeparationBase,
  scoreDistribution,
  separationBase,
  type CohortDistribution,
} from '../../domain/icp/separation';
import { describeCoverage, traitCoverage } from '../../domain/icp/traitCoverage';
import type { Account } from '../../domain/schemas/account';
import { COHORT_LABELS } from '../../domain/schemas/cohort';
import type { Deal } from '../../domain/schemas/deal';
import type { Trait } from '../../domain/schemas/trait';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatMoney, formatOptional } from '../../ui/format';

interface Props {
  accounts: readonly Account[];
  deals: readonly Deal[];
  /** The viewed version's scores: frozen at sign-off, or live for the draft. */
  scored: readonly ScoredAccount[];
  /** The viewed version's traits: what each score could test. */
  traits: readonly Trait[];
  /** Accounts interviewed or quoted: a quote-based trait says nothing about the others yet. */
  heard: ReadonlySet<string>;
  separation: number | null;
  /** Set when the figures are frozen: the date they were signed off. */
  frozenAt: string | null;
  /** Always live (open deals are today's), scored with the viewed version's traits. */
  pipelineScored: readonly ScoredAccount[];
  versionNumber: number;
}

const PIPELINE_ROWS = 20;
const cohortLabel = (key: (typeof COHORT_KEYS)[number]) =>
  key === 'unassigned' ? 'No cohort' : COHORT_LABELS[key];

const histogramText = (d: CohortDistribution) =>
  d.buckets
    .filter((b) => b.count > 0)
    .map((b) => `${b.from === b.to ? b.from : `${b.from}…${b.to}`}: ${b.count}`)
    .join(' · ') || '—';

const DISTRIBUTION_COLUMNS: readonly Column<CohortDistribution>[] = [
  { header: 'Cohort', rowHeader: true, cell: (d) => cohortLabel(d.cohort) },
  { header: 'Scored', numeric: true, cell: (d) => d.n },
  { header: 'Excluded', numeric: true, cell: (d) => d.excluded },
  { header: 'Min', numeric: true, cell: (d) => formatOptional(d.min) },
  { header: 'Median', numeric: true, cell: (d) => formatOptional(d.median) },
  { header: 'Max', numeric: true, cell: (d) => formatOptional(d.max) },
  { header: 'Histogram', className: 'icp-histogram', cell: histogramText },
];

export function FitScoresSection({
  accounts,
  deals,
  scored,
  traits,
  heard,
  separation,
  frozenAt,
  pipelineScored,
  versionNumber,
}: Props) {
  const thresholdId = useId();
  const distribution = scoreDistribution(scored);
  // Default bar: what a typical power user scores, so "scores well" means "looks like them".
  const suggested = distribution.find((d) => d.cohort === 'power_user')?.median ?? 1;
  const [threshold, setThreshold] = useState<string | null>(null);
  const bar = threshold === null || threshold.trim() === '' ? suggested : Number(threshold);
  const pipeline = Number.isFinite(bar)
    ? pipelineToPrioritise(accounts, deals, pipelineScored, bar)
    : [];
  const accountsById = new Map(accounts.map((a) => [a.id, a]));
  const fullyCovered = scored.filter((s) => {
    const account = accountsById.get(s.accountId);
    if (!account) return false;
    const { known, total } = traitCoverage(account, traits, heard);
    return known === total;
  }).length;
  return (
    <section aria-labelledby="icp-fit-heading" className="icp-section">
      <h2 id="icp-fit-heading">Fit scores</h2>
      {frozenAt && (
        <p className="field-hint">
          As signed off on {frozenAt.slice(0, 10)}: scores and separation from the version’s
          snapshot.
        </p>
      )}
      <div className="icp-separation" role="group" aria-label="Separation">
        <p className="icp-separation-figure">
          Separation (AUC): <strong>{separation === null ? '—' : separation.toFixed(2)}</strong>
        </p>
        <p>{describeSeparation(separation)}</p>
        <p>{describeSeparationBase(separationBase(scored))}</p>
        <p className="field-hint">
          Excluded accounts (a disqualifier matched) rank below every scored account.
        </p>
      </div>
      <p className="field-hint">
        {fullyCovered} of {scored.length} accounts are scored on every trait; the others have traits
        not known yet (not interviewed, or a blank field), which count as no match.
      </p>
      <h3>Score distribution by cohort</h3>
      <div className="icp-table-wrap">
        <DataTable
          wrap={false}
          columns={DISTRIBUTION_COLUMNS}
          rows={distribution}
          rowKey={(d) => d.cohort}
        />
      </div>
      <h3>Pipeline to prioritise</h3>
      {frozenAt && (
        <p className="field-hint">
          Open deals today, scored live with version {versionNumber}’s traits.
        </p>
      )}
      <p className="icp-print-only">Minimum score: {bar}</p>
      <div className="field icp-threshold icp-no-print">
        <label htmlFor={thresholdId}>Minimum score</label>
        <input
          id={thresholdId}
          type="number"
          value={threshold ?? String(suggested)}
          onChange={(e) => setThreshold(e.target.value)}
        />
      </div>
      {pipeline.length === 0 ? (
        <p>No open deal with an account scoring {bar} or more.</p>
      ) : (
        <div className="icp-table-wrap">
          <DataTable
            wrap={false}
            caption="Open deals by account fit"
            captionHidden
            columns={[
              { header: 'Account', rowHeader: true, cell: (row) => row.account.name },
              { header: 'Deal', cell: (row) => row.deal.name ?? '—' },
              { header: 'Amount', numeric: true, cell: (row) => formatMoney(row.deal.amount) },
              { header: 'Score', numeric: true, cell: (row) => row.score },
              {
                header: 'Coverage',
                cell: (row) => describeCoverage(traitCoverage(row.account, traits, heard)),
              },
              { header: 'Why', className: 'icp-why', cell: (row) => row.reasons.join(', ') },
            ]}
            rows={pipeline.slice(0, PIPELINE_ROWS)}
            rowKey={(row) => row.deal.id}
          />
          {pipeline.length > PIPELINE_ROWS && (
            <p className="field-hint">
              Showing the best {PIPELINE_ROWS} of {pipeline.length} open deals.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
