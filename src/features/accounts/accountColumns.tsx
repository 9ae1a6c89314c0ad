import {
  createColumnHelper,
  columnVisibilityFeature,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { AccountColumn } from '../../domain/accountsTableLayout';
import { ACCOUNT_COLUMN_LABELS } from '../../domain/accountsTableLayout';
import { rankingScore, type ScoredAccount } from '../../domain/icp/scoring';
import type { Account } from '../../domain/schemas/account';
import { sizeBandOf } from '../../domain/sizeBands';
import { formatDays, formatMoney, formatOptional } from '../../ui/format';
import { CohortCell } from './CohortCell';

export const accountTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof accountTableFeatures, Account>();

// Missing values are undefined so the table sorts them last, whatever the direction.
const orUndefined = <T,>(value: T | null): T | undefined => value ?? undefined;

const NUMERIC: ReadonlySet<AccountColumn> = new Set([
  'icpScore',
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

const text = { sortFn: 'alphanumeric' as const, sortUndefined: 'last' as const };
const number = { sortFn: 'basic' as const, sortUndefined: 'last' as const };

/** Scores change only when traits or quotes do, so the columns are rebuilt rarely. */
export function buildAccountColumns(fit: ReadonlyMap<string, ScoredAccount>) {
  return helper.columns([
    helper.accessor('name', {
      id: 'name',
      header: ACCOUNT_COLUMN_LABELS.name,
      sortFn: 'alphanumeric',
      enableHiding: false,
      // A plain link: the table routes clicks on it (see AccountsTable), which keeps router
      // hooks out of every row that scrolls into view.
      cell: (info) => <a href={accountHref(info.row.original.id)}>{info.getValue()}</a>,
    }),
    helper.accessor((a) => orUndefined(a.cohort), {
      id: 'cohort',
      header: ACCOUNT_COLUMN_LABELS.cohort,
      ...text,
      cell: (info) => <CohortCell account={info.row.original} />,
    }),
    helper.accessor((a) => orUndefined(a.industry), {
      id: 'industry',
      header: ACCOUNT_COLUMN_LABELS.industry,
      ...text,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(sizeBandOf(a)), {
      id: 'sizeBand',
      header: ACCOUNT_COLUMN_LABELS.sizeBand,
      // Bands sort by size, not alphabetically ("11-50" before "1001-5000").
      sortFn: (a, b) => (a.original.employees ?? 0) - (b.original.employees ?? 0),
      sortUndefined: 'last',
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.region), {
      id: 'region',
      header: ACCOUNT_COLUMN_LABELS.region,
      ...text,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.arr), {
      id: 'arr',
      header: ACCOUNT_COLUMN_LABELS.arr,
      ...number,
      cell: (info) => formatMoney(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.ltv), {
      id: 'ltv',
      header: ACCOUNT_COLUMN_LABELS.ltv,
      ...number,
      cell: (info) => formatMoney(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.salesCycleDays), {
      id: 'salesCycleDays',
      header: ACCOUNT_COLUMN_LABELS.salesCycleDays,
      ...number,
      cell: (info) => formatDays(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.nps), {
      id: 'nps',
      header: ACCOUNT_COLUMN_LABELS.nps,
      ...number,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.integrations), {
      id: 'integrations',
      header: ACCOUNT_COLUMN_LABELS.integrations,
      ...number,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.customerSince), {
      id: 'customerSince',
      header: ACCOUNT_COLUMN_LABELS.customerSince,
      ...text,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.churnedAt), {
      id: 'churnedAt',
      header: ACCOUNT_COLUMN_LABELS.churnedAt,
      ...text,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.plan), {
      id: 'plan',
      header: ACCOUNT_COLUMN_LABELS.plan,
      ...text,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => orUndefined(a.domain), {
      id: 'domain',
      header: ACCOUNT_COLUMN_LABELS.domain,
      ...text,
      cell: (info) => formatOptional(info.getValue()),
    }),
    helper.accessor((a) => fit.get(a.id), {
      id: 'icpScore',
      header: ACCOUNT_COLUMN_LABELS.icpScore,
      // Excluded accounts rank below every scored one, whichever way the column sorts.
      sortFn: (a, b) => {
        const fa = fit.get(a.original.id);
        const fb = fit.get(b.original.id);
        return (fa ? rankingScore(fa) : -Infinity) - (fb ? rankingScore(fb) : -Infinity) || 0;
      },
      cell: (info) => {
        const f = info.getValue();
        if (!f) return '—';
        return (
          <span title={f.reasons.join(', ') || 'No trait matches'}>
            {f.excluded ? 'Excluded' : f.score}
          </span>
        );
      },
    }),
  ]);
}
