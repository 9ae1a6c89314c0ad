import type { CohortKey, CohortProfile } from '../../domain/cohortOverview';
import type { CountedStat } from '../../domain/stats';
import { COHORT_LABELS } from '../../domain/schemas/cohort';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatCount, formatDays, formatMoney } from '../../ui/format';
import { formatDecimal } from './overviewFormat';
import { StatValue } from './StatValue';

const label = (cohort: CohortKey) =>
  cohort === 'unassigned' ? 'No cohort' : COHORT_LABELS[cohort];

const statColumn = (
  header: string,
  stat: (profile: CohortProfile) => CountedStat,
  format: (value: number | null) => string,
): Column<CohortProfile> => ({
  header,
  numeric: true,
  cell: (profile) => <StatValue stat={stat(profile)} format={format} />,
});

const COLUMNS: readonly Column<CohortProfile>[] = [
  { header: 'Cohort', rowHeader: true, cell: (profile) => label(profile.cohort) },
  { header: 'Accounts', numeric: true, cell: (profile) => formatCount(profile.count) },
  statColumn('Median ARR', (p) => p.arr, formatMoney),
  statColumn('Median LTV', (p) => p.ltv, formatMoney),
  statColumn('Median sales cycle', (p) => p.salesCycleDays, formatDays),
  statColumn('Median tenure (months)', (p) => p.tenureMonths, formatDecimal),
  statColumn('Median NPS', (p) => p.nps, formatDecimal),
  statColumn('Median integrations', (p) => p.integrations, formatDecimal),
];

export function CohortProfilesTable({ profiles }: { profiles: readonly CohortProfile[] }) {
  return (
    <DataTable
      className="overview-profiles"
      caption="Medians per cohort; n is the number of accounts with a value for that measure"
      columns={COLUMNS}
      rows={profiles}
      rowKey={(profile) => profile.cohort}
    />
  );
}
