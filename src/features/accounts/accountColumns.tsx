import {
  createColumnHelper,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { AccountColumn } from '../../domain/accountsTableLayout';
import { ACCOUNT_COLUMN_LABELS } from '../../domain/accountsTableLayout';
import { describeCoverage } from '../../domain/icp/traitCoverage';
import type { AccountInterviews } from '../../domain/planning/interviewCoverage';
import type { Account } from '../../domain/schemas/account';
import { regionLabel } from '../../domain/normalising/regionLabel';
import { sizeBandOf } from '../../domain/sizeBands';
import { formatDays, formatMoney, formatOptional } from '../../ui/format';
import { CohortCell } from './CohortCell';
import type { AccountFit } from './useAccountFit';

/**
 * Sorting here is only the header state (which column, which way); the rows arrive sorted
 * by sortAccounts (src/domain/accountsSort.ts), with the table in manual sorting mode.
 */
export const accountTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
});

const helper = createColumnHelper<typeof accountTableFeatures, Account>();

const NUMERIC: ReadonlySet<AccountColumn> = new Set([
  'icpScore',
  'interviews',
  'arr',
  'ltv',
  'salesCycleDays',
  'nps',
  'integrations',
]);

export const accountHref = (id: string) => `/accounts/${encodeURIComponent(id)}`;

export function isNumericColumn(id: string): boolean {
  return NUMERIC.has(id as AccountColumn);
}

/** The fields a column shows as they are stored, each under its label. */
type StoredColumn = Extract<AccountColumn, keyof Account>;

/** A column of one stored field, written by `format` (a dash when the field is empty). */
function storedColumn<K extends StoredColumn>(
  key: K,
  format: (value: Account[K]) => string = formatOptional,
) {
  return helper.accessor((a) => a[key], {
    id: key,
    header: ACCOUNT_COLUMN_LABELS[key],
    // getValue() is typed NoInfer<Account[K]>, which TS does not narrow back to Account[K].
    cell: (info) => format(info.getValue() as Account[K]),
  });
}

/** Scores and interview counts change only when traits, quotes or interviews do: rarely. */
export function buildAccountColumns(
  fit: ReadonlyMap<string, AccountFit>,
  interviews: ReadonlyMap<string, AccountInterviews>,
) {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: ACCOUNT_COLUMN_LABELS.name,
      enableHiding: false,
      // A plain link: the table routes clicks on it (see AccountsTable), which keeps router
      // hooks out of every row that scrolls into view.
      cell: (info) => <a href={accountHref(info.row.original.id)}>{info.getValue()}</a>,
    }),
    helper.accessor((a) => a.cohort, {
      id: 'cohort',
      header: ACCOUNT_COLUMN_LABELS.cohort,
      cell: (info) => <CohortCell account={info.row.original} />,
    }),
    helper.accessor((a) => fit.get(a.id), {
      id: 'icpScore',
      header: ACCOUNT_COLUMN_LABELS.icpScore,
      cell: (info) => {
        const f = info.getValue();
        if (!f) return '—';
        const { known, total } = f.coverage;
        return (
          <>
            <span title={f.reasons.join(', ') || 'No trait matches'}>
              {f.excluded ? 'Excluded' : f.score}
            </span>
            {known < total && (
              // Only a partial score is marked: its traits not known yet are not "no".
              <span className="fit-coverage" title={describeCoverage(f.coverage)}>
                {' '}
                {known}/{total}
                <span className="visually-hidden"> traits known</span>
              </span>
            )}
          </>
        );
      },
    }),
    helper.accessor((a) => interviews.get(a.id)?.held ?? 0, {
      id: 'interviews',
      header: ACCOUNT_COLUMN_LABELS.interviews,
      cell: (info) => info.getValue(),
    }),
    helper.accessor((a) => interviews.get(a.id)?.lastHeld ?? null, {
      id: 'lastInterview',
      header: ACCOUNT_COLUMN_LABELS.lastInterview,
      // The latest call first is what a planner looks for.
      sortDescFirst: true,
      cell: (info) => formatOptional(info.getValue()),
    }),
    storedColumn('industry'),
    helper.accessor((a) => sizeBandOf(a), {
      id: 'sizeBand',
      header: ACCOUNT_COLUMN_LABELS.sizeBand,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => a.region, {
      id: 'region',
      header: ACCOUNT_COLUMN_LABELS.region,
      cell: (info) => {
        const region = regionLabel(info.getValue(), info.row.original.regionAsWritten);
        if (!region) return formatOptional(null);
        return region.asWritten ? (
          <span title={`Written “${region.asWritten}” in the file`}>{region.label}</span>
        ) : (
          region.label
        );
      },
    }),
    storedColumn('arr', formatMoney),
    storedColumn('ltv', formatMoney),
    storedColumn('salesCycleDays', formatDays),
    storedColumn('nps'),
    storedColumn('integrations'),
    storedColumn('customerSince'),
    storedColumn('churnedAt'),
    storedColumn('plan'),
    storedColumn('domain'),
  ]);
}
