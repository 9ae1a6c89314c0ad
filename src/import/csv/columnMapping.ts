/**
 * Which CSV column fills which field. The guess is shown to the user, who may change it; the
 * result is a list (not an object keyed by header) so a column called "__proto__" is just data.
 */
import {
  ACCOUNT_FIELDS,
  DEAL_FIELDS,
  PRESETS,
  headerKey,
  type AccountField,
  type DealField,
  type PresetId,
} from './presets';

export type AccountTarget = AccountField | 'custom' | 'ignore';
export type DealTarget = DealField | 'custom' | 'ignore';

export interface ColumnAssignment<T extends string> {
  /** The CSV header exactly as ParsedCsv.headers spells it. */
  column: string;
  target: T;
}
export type AccountMapping = ColumnAssignment<AccountTarget>[];
export type DealMapping = ColumnAssignment<DealTarget>[];

/** What the settings store hands back: targets are re-checked before use. */
export interface SavedAssignment {
  column: string;
  target: string;
}

export interface MappingIssue {
  /** Errors block the import; warnings only inform. */
  severity: 'error' | 'warning';
  message: string;
  column?: string;
}

const ACCOUNT_SYNONYMS: Readonly<Record<AccountField, readonly string[]>> = {
  name: [
    'name',
    'companyname',
    'company',
    'accountname',
    'account',
    'organization',
    'organisation',
    'customer',
    'customername',
  ],
  domain: [
    'domain',
    'companydomainname',
    'domainname',
    'website',
    'websiteurl',
    'companywebsite',
    'url',
    'webdomain',
  ],
  crmId: ['crmid', 'recordid', 'companyid', 'accountid', 'hubspotid', 'salesforceid', 'id'],
  industry: ['industry', 'sector', 'vertical'],
  employees: [
    'employees',
    'numberofemployees',
    'employeecount',
    'headcount',
    'companysize',
    'size',
    'employeerange',
    'employeesband',
  ],
  region: ['region', 'countryregion', 'country', 'geo', 'geography', 'location', 'market'],
  arr: ['arr', 'annualrecurringrevenue', 'recurringrevenue'],
  ltv: ['ltv', 'lifetimevalue', 'customerlifetimevalue', 'clv', 'totalrevenue'],
  salesCycleDays: ['salescycledays', 'salescycle', 'salescyclelength', 'daystoclose'],
  customerSince: [
    'customersince',
    'becameacustomerdate',
    'becameacustomer',
    'customerdate',
    'customerstartdate',
    'startdate',
  ],
  churnedAt: [
    'churnedat',
    'churndate',
    'becameaformercustomerdate',
    'churnedon',
    'cancellationdate',
    'cancelledon',
    'canceledon',
  ],
  nps: ['nps', 'npsscore', 'netpromoterscore', 'lastnpsscore'],
  integrations: [
    'integrations',
    'integrationscount',
    'integrationcount',
    'numberofintegrations',
    'connectedintegrations',
  ],
  techStack: ['techstack', 'technologies', 'technology', 'webtechnologies', 'tools'],
  plan: ['plan', 'tier', 'subscriptionplan', 'pricingplan', 'subscription'],
  cohort: ['cohort'],
  lifecycleStage: ['lifecyclestage', 'lifecycle', 'customerstage'],
};

const DEAL_SYNONYMS: Readonly<Record<DealField, readonly string[]>> = {
  name: ['opportunityname', 'dealname', 'opportunity', 'name', 'deal'],
  crmId: ['opportunityid', 'dealid', 'recordid', 'id', 'crmid'],
  accountName: ['accountname', 'account', 'companyname', 'company', 'associatedcompany'],
  accountDomain: [
    'website',
    'accountwebsite',
    'domain',
    'accountdomain',
    'companydomainname',
    'companywebsite',
  ],
  stage: ['stage', 'dealstage', 'opportunitystage'],
  amount: ['amount', 'dealamount', 'opportunityamount', 'amountconverted', 'totalcontractvalue'],
  createdOn: ['createddate', 'createdon', 'createdate', 'opendate'],
  closedOn: ['closedate', 'closeddate', 'closedon'],
  lossReason: ['lossreason', 'closedlostreason', 'lostreason', 'reasonlost', 'closedlostreasons'],
  accountIndustry: ['industry', 'accountindustry'],
  accountEmployees: ['employees', 'accountemployees', 'numberofemployees', 'employeecount'],
  accountRegion: [
    'billingcountry',
    'accountbillingcountry',
    'billingcountryregion',
    'country',
    'countryregion',
    'accountcountry',
    'region',
    'accountregion',
    'shippingcountry',
  ],
};

function synonymIndex<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>) {
  const index = new Map<string, F>();
  for (const [field, keys] of Object.entries(synonyms) as [F, readonly string[]][]) {
    for (const key of keys) if (!index.has(key)) index.set(key, field);
  }
  return index;
}
const ACCOUNT_INDEX = synonymIndex(ACCOUNT_SYNONYMS);
const DEAL_INDEX = synonymIndex(DEAL_SYNONYMS);

const ACCOUNT_TARGETS: ReadonlySet<string> = new Set<AccountTarget>([
  ...ACCOUNT_FIELDS,
  'custom',
  'ignore',
]);
const DEAL_TARGETS: ReadonlySet<string> = new Set<DealTarget>([...DEAL_FIELDS, 'custom', 'ignore']);

function detect<T extends string>(
  headers: readonly string[],
  index: ReadonlyMap<string, T>,
  validTargets: ReadonlySet<string>,
  byDefault: (key: string) => T,
  saved: readonly SavedAssignment[] | null,
): ColumnAssignment<T>[] {
  const remembered = new Map<string, T>();
  for (const { column, target } of saved ?? []) {
    if (validTargets.has(target)) remembered.set(column, target as T);
  }
  const taken = new Set<T>(
    headers.flatMap((h) => {
      const target = remembered.get(h);
      return target === undefined ? [] : [target];
    }),
  );
  return headers.map((column) => {
    const chosen = remembered.get(column);
    if (chosen !== undefined) return { column, target: chosen };
    const key = headerKey(column);
    const field = index.get(key);
    // A field takes the first column that names it; a later namesake is left for the user.
    if (field !== undefined && !taken.has(field)) {
      taken.add(field);
      return { column, target: field };
    }
    return { column, target: byDefault(key) };
  });
}

/**
 * The guess for an accounts file: a saved mapping wins for the columns it names, then
 * synonyms (case, spaces and punctuation ignored), then the preset's custom-field defaults;
 * anything else is ignored until the user maps it.
 */
export function detectAccountMapping(
  headers: readonly string[],
  preset: PresetId,
  saved: readonly SavedAssignment[] | null = null,
): AccountMapping {
  const custom = new Set(PRESETS[preset].customByDefault);
  const byDefault = (key: string): AccountTarget => (custom.has(key) ? 'custom' : 'ignore');
  return detect<AccountTarget>(headers, ACCOUNT_INDEX, ACCOUNT_TARGETS, byDefault, saved);
}

export function detectDealMapping(
  headers: readonly string[],
  saved: readonly SavedAssignment[] | null = null,
): DealMapping {
  return detect<DealTarget>(headers, DEAL_INDEX, DEAL_TARGETS, () => 'ignore', saved);
}

const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The customFields key for a column: its header, except names that would reach an object's
 * prototype, which get a visible suffix rather than being dropped.
 */
export function customFieldKey(column: string): string {
  return UNSAFE_KEYS.has(column) ? `${column} (column)` : column;
}

/** A warning per custom column whose header is stored under another key (see customFieldKey). */
function renamedCustomFields(mapping: readonly ColumnAssignment<string>[]): MappingIssue[] {
  return mapping.flatMap(({ column, target }) =>
    target === 'custom' && customFieldKey(column) !== column
      ? [
          {
            severity: 'warning' as const,
            column,
            message: `“${column}” cannot be a custom field name; it is stored as “${customFieldKey(column)}”.`,
          },
        ]
      : [],
  );
}

function checkFields(
  mapping: readonly ColumnAssignment<string>[],
  headers: readonly string[],
): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const known = new Set(headers);
  const columnsByField = new Map<string, string[]>();
  for (const { column, target } of mapping) {
    if (!known.has(column)) {
      issues.push({
        severity: 'error',
        column,
        message: `There is no column “${column}” in this file.`,
      });
    }
    if (target === 'ignore' || target === 'custom') continue;
    columnsByField.set(target, [...(columnsByField.get(target) ?? []), column]);
  }
  for (const [field, columns] of columnsByField) {
    if (columns.length > 1) {
      issues.push({
        severity: 'error',
        message: `${columns.map((c) => `“${c}”`).join(' and ')} are all mapped to ${field}; choose one.`,
      });
    }
  }
  return issues;
}

export function checkAccountMapping(
  mapping: AccountMapping,
  headers: readonly string[],
): MappingIssue[] {
  const issues = checkFields(mapping, headers);
  if (!mapping.some((a) => a.target === 'name')) {
    issues.push({ severity: 'error', message: 'Map a column to name: every account needs one.' });
  }
  return [...issues, ...renamedCustomFields(mapping)];
}

export function checkDealMapping(mapping: DealMapping, headers: readonly string[]): MappingIssue[] {
  const issues = checkFields(mapping, headers);
  if (!mapping.some((a) => a.target === 'accountName' || a.target === 'accountDomain')) {
    issues.push({
      severity: 'error',
      message: 'Map a column to accountName or accountDomain: every deal belongs to an account.',
    });
  }
  return [...issues, ...renamedCustomFields(mapping)];
}
