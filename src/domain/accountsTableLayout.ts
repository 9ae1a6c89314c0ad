import { z } from 'zod';
import { NO_ACCOUNT_FILTERS } from './accountFilters';
import { COHORTS } from './schemas/cohort';
import { SIZE_BANDS } from './sizeBands';

/**
 * In the order shown: the ICP score and the interviews come right after the cohort, so a
 * 1,280 px window shows who fits and who was heard without scrolling sideways.
 */
export const ACCOUNT_COLUMNS = [
  'name',
  'cohort',
  'icpScore',
  'interviews',
  'lastInterview',
  'industry',
  'sizeBand',
  'region',
  'arr',
  'ltv',
  'salesCycleDays',
  'nps',
  'integrations',
  'customerSince',
  'churnedAt',
  'plan',
  'domain',
] as const;
export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number];

export const ACCOUNT_COLUMN_LABELS: Record<AccountColumn, string> = {
  name: 'Name',
  cohort: 'Cohort',
  icpScore: 'ICP score',
  interviews: 'Interviews',
  lastInterview: 'Last interview',
  industry: 'Industry',
  sizeBand: 'Size band',
  region: 'Region',
  arr: 'ARR',
  ltv: 'LTV',
  salesCycleDays: 'Sales cycle',
  nps: 'NPS',
  integrations: 'Integrations',
  customerSince: 'Customer since',
  churnedAt: 'Churned',
  plan: 'Plan',
  domain: 'Domain',
};

export const ACCOUNTS_TABLE_LAYOUT_KEY = 'accounts.tableLayout';

export const accountsTableLayoutSchema = z.object({
  sorting: z.array(z.object({ id: z.enum(ACCOUNT_COLUMNS), desc: z.boolean() })).max(3),
  hidden: z.array(z.enum(ACCOUNT_COLUMNS)),
  filters: z.object({
    cohort: z.union([z.enum(COHORTS), z.literal('unassigned'), z.literal('')]),
    industry: z.string().max(200),
    sizeBand: z.union([z.enum(SIZE_BANDS), z.literal('')]),
    region: z.string().max(200),
    text: z.string().max(500),
    // Added after the first release: layouts saved before it still load.
    icpMin: z.string().max(10).default(''),
    hideExcluded: z.boolean().default(false),
    interviewed: z.enum(['', 'not_yet', 'yes']).default(''),
  }),
});
export type AccountsTableLayout = z.infer<typeof accountsTableLayoutSchema>;

export const DEFAULT_ACCOUNTS_TABLE_LAYOUT: AccountsTableLayout = {
  sorting: [{ id: 'name', desc: false }],
  // LTV and integrations are there one click away, in Columns: shown by default, the table was
  // 1,520 px wide and pushed the ICP score out of a 1,280 px window.
  hidden: ['ltv', 'integrations', 'customerSince', 'churnedAt', 'plan', 'domain'],
  filters: NO_ACCOUNT_FILTERS,
};

/** A layout saved by an older version, or edited by hand, falls back to the default rather than breaking the page. */
export function accountsTableLayoutFrom(stored: unknown): AccountsTableLayout {
  const parsed = accountsTableLayoutSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_ACCOUNTS_TABLE_LAYOUT;
}
