/**
 * The CSV shapes we know: HubSpot's companies export, Salesforce's opportunities report and
 * Tourbook's own generic accounts and deals CSVs. A preset decides what the file imports
 * (accounts or deals), how its columns are guessed, and under which key the user's mapping is
 * remembered.
 */

export type ImportKind = 'accounts' | 'deals';

/**
 * Account fields a column can fill; `employees` also fills `employeesBand` from a band, `region`
 * also `regionAsWritten`. `lifecycleStage` is not stored: it decides who counts as a customer.
 */
export const ACCOUNT_FIELDS = [
  'name',
  'domain',
  'crmId',
  'industry',
  'employees',
  'region',
  'arr',
  'ltv',
  'salesCycleDays',
  'customerSince',
  'churnedAt',
  'nps',
  'integrations',
  'techStack',
  'plan',
  'cohort',
  'lifecycleStage',
] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/**
 * Deal fields; `accountName` / `accountDomain` link the deal to an account, and the other
 * `account*` fields describe it, as a Salesforce opportunities report's account columns do.
 */
export const DEAL_FIELDS = [
  'name',
  'crmId',
  'accountName',
  'accountDomain',
  'stage',
  'amount',
  'createdOn',
  'closedOn',
  'lossReason',
  'accountIndustry',
  'accountEmployees',
  'accountRegion',
] as const;
export type DealField = (typeof DEAL_FIELDS)[number];

export const PRESET_IDS = [
  'hubspot-companies',
  'salesforce-opportunities',
  'tourbook-accounts',
  // After the accounts CSV: a file matching both equally (say "name, crmId") reads as accounts.
  'tourbook-deals',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  label: string;
  kind: ImportKind;
  /** Header keys (see `headerKey`) typical of this export; two present identify it. */
  signature: readonly string[];
  /** Columns to keep as custom fields unless the user says otherwise. */
  customByDefault: readonly string[];
}

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  'hubspot-companies': {
    id: 'hubspot-companies',
    label: 'HubSpot companies export',
    kind: 'accounts',
    signature: [
      'recordid',
      'companyname',
      'companydomainname',
      'numberofemployees',
      'countryregion',
      'lifecyclestage',
      'createdate',
    ],
    // HubSpot's "Annual Revenue" is the company's own revenue, not what it pays us, so it must
    // not become ARR and skew the best-customer triangulation; it is kept as a custom field.
    customByDefault: ['annualrevenue'],
  },
  'salesforce-opportunities': {
    id: 'salesforce-opportunities',
    label: 'Salesforce opportunities report',
    kind: 'deals',
    signature: [
      'opportunityname',
      'opportunityid',
      'accountname',
      'stage',
      'closedate',
      'closedlostreason',
      'lossreason',
    ],
    customByDefault: [],
  },
  'tourbook-accounts': {
    id: 'tourbook-accounts',
    label: 'Tourbook accounts CSV',
    kind: 'accounts',
    signature: ACCOUNT_FIELDS.map((field) => field.toLowerCase()),
    customByDefault: [],
  },
  'tourbook-deals': {
    id: 'tourbook-deals',
    label: 'Tourbook deals CSV',
    kind: 'deals',
    // Its column names are the deal fields themselves: accountName, stage, closedOn…
    signature: DEAL_FIELDS.map((field) => field.toLowerCase()),
    customByDefault: [],
  },
};

/** "Country/Region", "country_region" and " COUNTRY REGION " all compare as "countryregion". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The preset whose signature matches most headers (at least two). Anything unrecognised is
 * read as the generic Tourbook accounts CSV, whose column names are the account fields.
 */
export function detectPreset(headers: readonly string[]): PresetId {
  const keys = new Set(headers.map(headerKey));
  let best: PresetId = 'tourbook-accounts';
  let bestScore = 1;
  for (const id of PRESET_IDS) {
    const score = PRESETS[id].signature.filter((key) => keys.has(key)).length;
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
