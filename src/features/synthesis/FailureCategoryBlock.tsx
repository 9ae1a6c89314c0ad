import type { FailureCategory } from '../../domain/schemas/deal';
import type {
  FailureCategoryBreakdown,
  FailureReason,
  ReasonSource,
} from '../../domain/synthesis/failureAnalysis';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatCount, formatMoney } from '../../ui/format';
import { formatShare } from './synthesisFormat';

export const CATEGORY_LABELS: Record<FailureCategory, string> = {
  product: 'Product',
  process: 'Process',
  external: 'External',
};

const CATEGORY_HINTS: Record<FailureCategory, string> = {
  product: 'a missing capability: not ICP today, maybe once it ships',
  process: 'sales, onboarding, support or pricing: fix the process',
  external: 'budget, acquisition, champion left: out of our hands',
};

const SOURCE_LABELS: Record<ReasonSource, string> = {
  quote: 'Coded quotes',
  deal: 'CRM loss reason',
};

const sourcesLabel = (sources: readonly ReasonSource[]) =>
  sources.map((source) => SOURCE_LABELS[source]).join(' + ');

/** The UI shows the top few; the rest are in the reasons' totals. */
const TOP_REASONS = 5;

const REASON_COLUMNS: readonly Column<FailureReason>[] = [
  {
    header: 'Reason',
    rowHeader: true,
    cell: (reason) => (
      <>
        {reason.label}
        <span className="synthesis-n">{sourcesLabel(reason.sources)}</span>
      </>
    ),
  },
  { header: 'Accounts', numeric: true, cell: (reason) => formatCount(reason.accounts) },
  { header: 'Deals', numeric: true, cell: (reason) => formatCount(reason.deals) },
  { header: 'ARR lost', numeric: true, cell: (reason) => formatMoney(reason.arrLost) },
];

interface Props {
  breakdown: FailureCategoryBreakdown;
  cohortLabel: string;
}

export function FailureCategoryBlock({ breakdown, cohortLabel }: Props) {
  const label = CATEGORY_LABELS[breakdown.category];
  const reasons = breakdown.reasons.slice(0, TOP_REASONS);
  return (
    <div className={`synthesis-failure-category ${breakdown.category}`}>
      <h4>
        {label} <span className="synthesis-hint">— {CATEGORY_HINTS[breakdown.category]}</span>
      </h4>
      <dl className="synthesis-facts">
        <div>
          <dt>Accounts</dt>
          <dd>{formatCount(breakdown.accounts)}</dd>
        </div>
        <div>
          <dt>Share</dt>
          <dd>{formatShare(breakdown.share)}</dd>
        </div>
        <div>
          <dt>Lost deals</dt>
          <dd>{formatCount(breakdown.deals)}</dd>
        </div>
        <div>
          <dt>ARR lost</dt>
          <dd>
            {formatMoney(breakdown.arrLost)}
            {breakdown.moneyUnknown > 0 && ` + ${breakdown.moneyUnknown} unknown`}
          </dd>
        </div>
      </dl>
      <DataTable
        className="synthesis-compact"
        caption={`Top ${label.toLowerCase()} reasons, ${cohortLabel}`}
        columns={REASON_COLUMNS}
        rows={reasons}
        rowKey={(reason) => reason.key}
        empty={<p className="synthesis-note">No {label.toLowerCase()} reason recorded.</p>}
      />
    </div>
  );
}
