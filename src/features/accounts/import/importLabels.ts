/**
 * Words the import dialog shows for the library's identifiers, and the small sums its steps
 * display. The import itself (parsing, mapping, validation, plans) lives in src/import/csv.
 */
import type { FailureCategory } from '../../../domain/schemas/deal';
import type { AccountTarget, DealTarget } from '../../../import/csv/columnMapping';
import type { LossRule } from '../../../import/csv/lossReasonRules';
import type { DateOrder } from '../../../import/csv/normalise';
import type { ParsedCsv } from '../../../import/csv/parseCsv';
import type { CsvParseProgress } from '../../../import/csv/parseCsvFile';
import {
  ACCOUNT_FIELDS,
  DEAL_FIELDS,
  type AccountField,
  type DealField,
  type ImportKind,
} from '../../../import/csv/presets';
import type { RowError } from '../../../import/csv/rowErrors';
import { formatCount } from '../../../ui/format';

const ACCOUNT_FIELD_LABELS: Readonly<Record<AccountField, string>> = {
  name: 'Name',
  domain: 'Domain',
  crmId: 'CRM id',
  industry: 'Industry',
  employees: 'Employees',
  region: 'Region',
  arr: 'ARR',
  ltv: 'LTV',
  salesCycleDays: 'Sales cycle (days)',
  customerSince: 'Customer since',
  churnedAt: 'Churned on',
  nps: 'NPS',
  integrations: 'Integrations',
  techStack: 'Tech stack',
  plan: 'Plan',
  cohort: 'Cohort',
  lifecycleStage: 'Lifecycle stage',
};

const DEAL_FIELD_LABELS: Readonly<Record<DealField, string>> = {
  name: 'Deal name',
  crmId: 'CRM id',
  accountName: 'Account name',
  accountDomain: 'Account domain',
  stage: 'Stage',
  amount: 'Amount',
  createdOn: 'Created on',
  closedOn: 'Closed on',
  lossReason: 'Loss reason',
  accountIndustry: 'Account industry',
  accountEmployees: 'Account employees',
  accountRegion: 'Account country / region',
};

/** The label of an account field, for the review's fill counts ("Industry: 712 of 726 rows"). */
export const accountFieldLabel = (field: AccountField): string => ACCOUNT_FIELD_LABELS[field];

export interface TargetOption {
  value: string;
  label: string;
}

const IGNORE: TargetOption = { value: 'ignore', label: 'Ignore' };
const CUSTOM: TargetOption = { value: 'custom', label: 'Custom field' };

export function targetOptions(kind: ImportKind): TargetOption[] {
  if (kind === 'deals') {
    return [IGNORE, CUSTOM, ...DEAL_FIELDS.map((f) => ({ value: f, label: DEAL_FIELD_LABELS[f] }))];
  }
  return [
    IGNORE,
    CUSTOM,
    ...ACCOUNT_FIELDS.map((f) => ({ value: f, label: ACCOUNT_FIELD_LABELS[f] })),
  ];
}

const ACCOUNT_TARGETS: ReadonlySet<string> = new Set([...ACCOUNT_FIELDS, 'custom', 'ignore']);
const DEAL_TARGETS: ReadonlySet<string> = new Set([...DEAL_FIELDS, 'custom', 'ignore']);

export const isAccountTarget = (value: string): value is AccountTarget =>
  ACCOUNT_TARGETS.has(value);
export const isDealTarget = (value: string): value is DealTarget => DEAL_TARGETS.has(value);

export const DELIMITER_CHOICES: readonly { value: string; label: string }[] = [
  { value: '', label: 'Detect automatically' },
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe (|)' },
];

export function delimiterName(delimiter: string): string {
  const label = DELIMITER_CHOICES.find((c) => c.value === delimiter)?.label;
  return label ? label.toLowerCase() : `“${delimiter}”`;
}

export const DATE_ORDER_LABELS: Readonly<Record<DateOrder, string>> = {
  MDY: 'MM/DD/YYYY (month first)',
  DMY: 'DD/MM/YYYY (day first)',
};

export const CATEGORY_LABELS: Readonly<Record<FailureCategory, string>> = {
  product: 'Product',
  process: 'Process',
  external: 'External',
};

/** Two significant figures: the count is an extrapolation, so more digits would mislead. */
function roughly(value: number): number {
  if (value < 100) return Math.round(value);
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/** The expected row total from how far through the bytes the parser is; null before it knows. */
export function estimatedRows(progress: CsvParseProgress): number | null {
  if (progress.bytesParsed <= 0 || progress.rowsParsed <= 0) return null;
  const estimate = (progress.rowsParsed * progress.totalBytes) / progress.bytesParsed;
  return Math.max(progress.rowsParsed, roughly(estimate));
}

/**
 * What a reading bar says: lines so far, against an estimate of the total once there is one.
 * Lines, not rows: the count takes in the header (and any lines above it), so "rows" would be
 * one or more too many.
 */
export function readCountText(progress: CsvParseProgress | null): string {
  if (!progress) return 'Opening the file…';
  if (progress.bytesParsed >= progress.totalBytes) {
    return `${formatCount(progress.rowsParsed)} lines read`;
  }
  const total = estimatedRows(progress);
  return total === null
    ? `${formatCount(progress.rowsParsed)} lines`
    : `${formatCount(progress.rowsParsed)} of ~${formatCount(total)} lines`;
}

/** Distinct rows, not errors: one row with three bad cells is one row to fix. */
export const failedRowCount = (errors: readonly RowError[]): number =>
  new Set(errors.map((e) => e.row)).size;

export function badRowsFileName(fileName: string): string {
  const base = fileName.replace(/\.(csv|tsv|txt)$/i, '') || 'import';
  return `${base}-bad-rows.csv`;
}

const EXAMPLE_CHARS = 60;
const EXAMPLE_ROWS = 50;

/** The first non-blank value of each column in the first rows, cut short for the table. */
export function columnExamples(csv: ParsedCsv): string[] {
  const head = csv.records.slice(0, EXAMPLE_ROWS);
  return csv.headers.map((_, index) => {
    const value = head.map((r) => (r.cells[index] ?? '').trim()).find((v) => v !== '') ?? '';
    return value.length > EXAMPLE_CHARS ? `${value.slice(0, EXAMPLE_CHARS - 1)}…` : value;
  });
}

/** One keyword or phrase per line, as the rules textareas show them. */
export function keywordsText(rules: readonly LossRule[], category: FailureCategory): string {
  return rules
    .filter((r) => r.category === category)
    .map((r) => r.keyword)
    .join('\n');
}

export function parseKeywords(text: string, category: FailureCategory): LossRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((keyword) => ({ keyword, category }));
}
