/**
 * Reads every data row into a record draft or into row errors, before anything is written:
 * imports are all-or-nothing, so the user fixes the file once instead of a half-imported mess.
 * One pass per file; column positions and rule sets are resolved before the row loop.
 */
import { accountSchema, type Account } from '../../domain/schemas/account';
import { customFieldsSchema, type CustomFields } from '../../domain/schemas/customFields';
import { dealSchema, type Deal, type FailureCategory } from '../../domain/schemas/deal';
import { pairsFrom } from '../../domain/schemas/pairs';
import type { z } from 'zod';
import {
  checkAccountMapping,
  checkDealMapping,
  customFieldKey,
  type AccountMapping,
  type DealMapping,
  type MappingIssue,
} from './columnMapping';
import {
  applyLifecycle,
  classifyLifecycle,
  isKnownLifecycle,
  lifecycleKey,
  type LifecycleAnswer,
  type LifecycleQuestion,
} from './lifecycle';
import { DEFAULT_LOSS_RULES, compileLossRules, reasonKey, type LossRule } from './lossReasonRules';
import {
  detectDateOrder,
  normaliseCohort,
  normaliseDate,
  normaliseDomain,
  normaliseEmployees,
  normaliseInteger,
  normaliseList,
  normaliseMoney,
  normaliseText,
  slashDateParts,
  type DateOrder,
  type Normalised,
} from './normalise';
import { normaliseRegion } from './normaliseRegion';
import type { CsvRecord, ParsedCsv } from './parseCsv';
import { ACCOUNT_FIELDS, DEAL_FIELDS, type AccountField, type DealField } from './presets';
import type { RowError } from './rowErrors';
import { ROWS_PER_STEP, runToEnd, type RowSteps } from './rowSteps';

/** An account as the file describes it; ids, timestamps and importId are added by the plan. */
export type AccountContent = Omit<Account, 'id' | 'createdAt' | 'updatedAt' | 'importId'>;

// The entity schemas minus what the plan adds, so drafts obey exactly the stored-record rules.
const accountContentSchema = accountSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  importId: true,
});
const dealContentSchema = dealSchema
  .omit({ id: true, createdAt: true, updatedAt: true, importId: true, accountId: true })
  // Optional on stored deals only because old ones lack it; an imported deal always has one.
  .extend({ customFields: customFieldsSchema });
/** A deal as the file describes it; unlike a stored Deal, its customFields are always there. */
export type DealContent = z.output<typeof dealContentSchema>;

export interface AccountDraft {
  row: number;
  account: AccountContent;
}

/**
 * How the file names the deal's account, and what it says about it; the plan links the deal to
 * an existing or new account and fills the account's blanks from the rest.
 */
export interface AccountRef {
  name: string | null;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  employeesBand: string | null;
  region: string | null;
  regionAsWritten: string | null;
}

export interface DealDraft {
  row: number;
  deal: DealContent;
  account: AccountRef;
}

export interface AmbiguousDateColumn {
  column: string;
  field: string;
  /** A few of the column's values, to help the user decide. */
  samples: string[];
}

export interface ValidateOptions {
  /** Per column header: how to read its slash dates once the user has said. */
  dateOrders?: Readonly<Record<string, DateOrder>>;
}

export interface ValidateAccountOptions extends ValidateOptions {
  /** Per lifecycleKey: the user's answer for a stage the import cannot classify. */
  lifecycleAnswers?: Readonly<Record<string, LifecycleAnswer>>;
}

export interface StageRules {
  /** Stage names (case-insensitive) that mean won / lost; every other stage is open. */
  won: readonly string[];
  lost: readonly string[];
}
/** Salesforce's stage names, and Tourbook's own (a Tourbook deals CSV writes won / lost / open). */
export const DEFAULT_STAGE_RULES: StageRules = {
  won: ['Closed Won', 'Won'],
  lost: ['Closed Lost', 'Lost'],
};

export interface ValidateDealOptions extends ValidateOptions {
  stageRules?: StageRules;
  lossRules?: readonly LossRule[];
}

export interface UnclassifiedReason {
  reason: string;
  count: number;
  rows: number[];
}

interface ValidationBase {
  errors: RowError[];
  /** Blocking problems with the mapping itself; when present no row is read. */
  mappingIssues: MappingIssue[];
  /**
   * Slash-date columns whose order the data cannot prove (no part above 12, or proof both
   * ways). Their dates stay null until `dateOrders` names an order for them.
   */
  ambiguousDateColumns: AmbiguousDateColumn[];
  /** The order used for each slash-date column, whether detected or chosen. */
  dateOrders: Record<string, DateOrder>;
}

export interface AccountValidation extends ValidationBase {
  drafts: AccountDraft[];
  /** Lifecycle stages nobody has classified yet; their rows are not customers until answered. */
  lifecycleQuestions: LifecycleQuestion[];
}

export interface DealValidation extends ValidationBase {
  drafts: DealDraft[];
  /** Reasons of lost deals no loss rule matched, for the user to classify. */
  unclassifiedReasons: UnclassifiedReason[];
}

interface ColumnRef<F extends string> {
  field: F;
  column: string;
  index: number;
  /** For date columns: the order to read them in, or null while ambiguous. */
  dateOrder?: DateOrder | null;
}

type Columns<F extends string> = Partial<Record<F, ColumnRef<F>>>;

function columnsFor<F extends string>(
  csv: ParsedCsv,
  mapping: readonly { column: string; target: string }[],
  fields: readonly F[],
): Columns<F> {
  const wanted = new Set<string>(fields);
  const columns: Columns<F> = {};
  for (const { column, target } of mapping) {
    const index = csv.headers.indexOf(column);
    if (index >= 0 && wanted.has(target)) {
      const field = target as F;
      columns[field] = { field, column, index };
    }
  }
  return columns;
}

function resolveDateColumns<F extends string>(
  csv: ParsedCsv,
  refs: readonly (ColumnRef<F> | undefined)[],
  chosen: Readonly<Record<string, DateOrder>>,
): Pick<ValidationBase, 'ambiguousDateColumns' | 'dateOrders'> {
  const ambiguousDateColumns: AmbiguousDateColumn[] = [];
  const dateOrders: Record<string, DateOrder> = {};
  for (const ref of refs) {
    if (!ref) continue;
    const values = csv.records.map((r) => r.cells[ref.index] ?? '');
    const detected = detectDateOrder(values);
    if (detected === 'not_needed') continue;
    const picked = Object.hasOwn(chosen, ref.column) ? chosen[ref.column] : undefined;
    const order = picked ?? (detected === 'ambiguous' ? null : detected);
    ref.dateOrder = order;
    if (order === null) {
      const samples = [...new Set(values.filter((v) => slashDateParts(v) !== null))].slice(0, 3);
      ambiguousDateColumns.push({ column: ref.column, field: ref.field, samples });
    } else {
      dateOrders[ref.column] = order;
    }
  }
  return { ambiguousDateColumns, dateOrders };
}

/** Reads one mapped cell; a failure becomes a row error and the field stays blank. */
function read<F extends string, T>(
  record: CsvRecord,
  ref: ColumnRef<F> | undefined,
  parse: (raw: string) => Normalised<T>,
  blank: T,
  errors: RowError[],
): T {
  if (!ref) return blank;
  const result = parse(record.cells[ref.index] ?? '');
  if (result.ok) return result.value;
  errors.push({ row: record.row, column: ref.column, field: ref.field, reason: result.reason });
  return blank;
}

function readDate<F extends string>(
  record: CsvRecord,
  ref: ColumnRef<F> | undefined,
  errors: RowError[],
): string | null {
  // An ambiguous column is not read until the user picks its order.
  if (!ref || ref.dateOrder === null) return null;
  const order = ref.dateOrder ?? 'MDY';
  return read(record, ref, (raw) => normaliseDate(raw, order), null, errors);
}

function schemaErrors(
  row: number,
  issues: readonly z.core.$ZodIssue[],
  columnOf: (path: readonly PropertyKey[]) => { column: string; field: string },
): RowError[] {
  return issues.map((issue) => ({ row, ...columnOf(issue.path), reason: issue.message }));
}

function rowProblemErrors(csv: ParsedCsv): RowError[] {
  return csv.rowProblems.map(({ row, reason }) => ({ row, column: '', field: '', reason }));
}

/** Row order, then the file's column order, so the list reads like the spreadsheet. */
function sortErrors(errors: RowError[], headers: readonly string[]): RowError[] {
  const position = new Map(headers.map((h, i) => [h, i]));
  const at = (e: RowError) => position.get(e.column) ?? -1;
  return errors.sort((a, b) => a.row - b.row || at(a) - at(b));
}

interface CustomColumns {
  /** The row's non-blank custom cells, as pairs keyed by customFieldKey. */
  read(record: CsvRecord): CustomFields;
  /** The column the pair at `index` of a row's custom fields came from, for a row error. */
  columnAt(fields: CustomFields, index: PropertyKey | undefined): string;
}

function customColumns(
  csv: ParsedCsv,
  mapping: readonly { column: string; target: string }[],
): CustomColumns {
  const custom = mapping.flatMap(({ column, target }) =>
    target === 'custom'
      ? [{ column, key: customFieldKey(column), index: csv.headers.indexOf(column) }]
      : [],
  );
  return {
    read(record) {
      const entries: [string, string][] = [];
      for (const field of custom) {
        const value = (record.cells[field.index] ?? '').trim();
        if (value !== '') entries.push([field.key, value]);
      }
      // Two columns can share a key ("constructor" beside "constructor (column)"); one pair.
      return pairsFrom(entries);
    },
    columnAt(fields, index) {
      const key = typeof index === 'number' ? fields[index]?.key : undefined;
      return custom.find((f) => f.key === key)?.column ?? '';
    },
  };
}

const required = (field: string) => `${field} is required`;

/**
 * A mapping with errors reads no row: the validation is its issues and nothing else. Null when
 * the mapping lets the rows be read.
 */
function blockedByMapping(issues: readonly MappingIssue[]) {
  const mappingIssues = issues.filter((i) => i.severity === 'error');
  if (mappingIssues.length === 0) return null;
  return { drafts: [], errors: [], mappingIssues, ambiguousDateColumns: [], dateOrders: {} };
}

/**
 * Where a schema issue's field came from in the file, for its row error: a custom field's own
 * column, else the column `refOf` maps the field to, else the field's name.
 */
function issueColumns(
  custom: CustomColumns,
  refOf: (field: string) => ColumnRef<string> | undefined,
) {
  return (path: readonly PropertyKey[], content: { customFields: CustomFields }) => {
    const field = String(path[0] ?? '');
    if (field === 'customFields') {
      return { column: custom.columnAt(content.customFields, path[1]), field };
    }
    return { column: refOf(field)?.column ?? field, field };
  };
}

/**
 * Runs `check` on every row the parser did not already refuse (those are in `errors`),
 * yielding the rows done every ROWS_PER_STEP rows.
 */
function* checkRows(
  csv: ParsedCsv,
  errors: readonly RowError[],
  check: (record: CsvRecord) => void,
): RowSteps<void> {
  const badRows = new Set(errors.map((e) => e.row));
  for (const [i, record] of csv.records.entries()) {
    if (i % ROWS_PER_STEP === 0 && i > 0) yield i;
    if (!badRows.has(record.row)) check(record);
  }
}

/**
 * Row by row, yielding every ROWS_PER_STEP rows so that a caller can spread 10,000 rows over
 * several tasks (./rowSteps); validateAccountRows runs it to the end at once.
 */
export function* validateAccountRowsSteps(
  csv: ParsedCsv,
  mapping: AccountMapping,
  options: ValidateAccountOptions = {},
): RowSteps<AccountValidation> {
  const blocked = blockedByMapping(checkAccountMapping(mapping, csv.headers));
  if (blocked) return { ...blocked, lifecycleQuestions: [] };
  const c = columnsFor(csv, mapping, ACCOUNT_FIELDS);
  const dates = resolveDateColumns(csv, [c.customerSince, c.churnedAt], options.dateOrders ?? {});
  const custom = customColumns(csv, mapping);
  const columnOf = issueColumns(custom, (field) =>
    field === 'employeesBand' ? c.employees : c[field as AccountField],
  );
  const wholeNumber = (raw: string) => normaliseInteger(raw, { min: 0 });
  const npsScore = (raw: string) => normaliseInteger(raw, { min: 0, max: 10 });

  const answers = options.lifecycleAnswers ?? {};
  const questions = new Map<string, LifecycleQuestion>();

  const errors = rowProblemErrors(csv);
  const drafts: AccountDraft[] = [];
  yield* checkRows(csv, errors, (record) => {
    const before = errors.length;
    const name = read(record, c.name, normaliseText, null, errors);
    if (name === null && c.name && errors.length === before) {
      errors.push({
        row: record.row,
        column: c.name.column,
        field: 'name',
        reason: required('name'),
      });
    }
    const employees = read(record, c.employees, normaliseEmployees, null, errors);
    const cohort = read(record, c.cohort, normaliseCohort, null, errors);
    const region = read(record, c.region, normaliseRegion, null, errors);
    const base: AccountContent = {
      name: name ?? '',
      domain: read(record, c.domain, normaliseDomain, null, errors),
      crmId: read(record, c.crmId, normaliseText, null, errors),
      industry: read(record, c.industry, normaliseText, null, errors),
      employees: employees?.midpoint ?? null,
      employeesBand: employees?.band ?? null,
      region: region?.region ?? null,
      regionAsWritten: region?.regionAsWritten ?? null,
      arr: read(record, c.arr, normaliseMoney, null, errors),
      ltv: read(record, c.ltv, normaliseMoney, null, errors),
      salesCycleDays: read(record, c.salesCycleDays, wholeNumber, null, errors),
      customerSince: readDate(record, c.customerSince, errors),
      churnedAt: readDate(record, c.churnedAt, errors),
      nps: read(record, c.nps, npsScore, null, errors),
      integrations: read(record, c.integrations, wholeNumber, null, errors),
      techStack: read(record, c.techStack, normaliseList, [], errors),
      plan: read(record, c.plan, normaliseText, null, errors),
      customFields: custom.read(record),
      cohort,
      // A cohort written in the file is a person's call, like one set by hand in the app.
      cohortSource: cohort === null ? null : 'manual',
    };
    let content = base;
    if (c.lifecycleStage) {
      const stage = (record.cells[c.lifecycleStage.index] ?? '').trim();
      const lifecycle = classifyLifecycle(stage, answers);
      if (!isKnownLifecycle(stage)) {
        const key = lifecycleKey(stage);
        const answer = Object.hasOwn(answers, key) ? (answers[key] ?? null) : null;
        const question = questions.get(key) ?? { stage, key, count: 0, answer };
        question.count += 1;
        questions.set(key, question);
      }
      // Unanswered, the row is not a customer yet; the question blocks the import anyway.
      content = applyLifecycle(base, lifecycle ?? 'prospect');
    }
    if (errors.length > before) return;
    const parsed = accountContentSchema.safeParse(content);
    if (parsed.success) drafts.push({ row: record.row, account: parsed.data });
    else errors.push(...schemaErrors(record.row, parsed.error.issues, (p) => columnOf(p, content)));
  });
  return {
    drafts,
    errors: sortErrors(errors, csv.headers),
    mappingIssues: [],
    ...dates,
    lifecycleQuestions: [...questions.values()],
  };
}

export function validateAccountRows(
  csv: ParsedCsv,
  mapping: AccountMapping,
  options: ValidateAccountOptions = {},
): AccountValidation {
  return runToEnd(validateAccountRowsSteps(csv, mapping, options));
}

function stageReader(rules: StageRules): (raw: string) => Deal['stage'] {
  const won = new Set(rules.won.map(reasonKey));
  const lost = new Set(rules.lost.map(reasonKey));
  return (raw) => {
    const key = reasonKey(raw);
    if (won.has(key)) return 'won';
    return lost.has(key) ? 'lost' : 'open';
  };
}

/** Row by row, yielding like validateAccountRowsSteps; validateDealRows runs it at once. */
export function* validateDealRowsSteps(
  csv: ParsedCsv,
  mapping: DealMapping,
  options: ValidateDealOptions = {},
): RowSteps<DealValidation> {
  const blocked = blockedByMapping(checkDealMapping(mapping, csv.headers));
  if (blocked) return { ...blocked, unclassifiedReasons: [] };
  const c = columnsFor(csv, mapping, DEAL_FIELDS);
  const dates = resolveDateColumns(csv, [c.createdOn, c.closedOn], options.dateOrders ?? {});
  const stageOf = stageReader(options.stageRules ?? DEFAULT_STAGE_RULES);
  const classify = compileLossRules(options.lossRules ?? DEFAULT_LOSS_RULES);
  const custom = customColumns(csv, mapping);
  const columnOf = issueColumns(custom, (field) =>
    field === 'lossCategory' ? c.lossReason : c[field as DealField],
  );

  const errors = rowProblemErrors(csv);
  const drafts: DealDraft[] = [];
  const unclassified = new Map<string, UnclassifiedReason>();
  yield* checkRows(csv, errors, (record) => {
    const before = errors.length;
    const employees = read(record, c.accountEmployees, normaliseEmployees, null, errors);
    const region = read(record, c.accountRegion, normaliseRegion, null, errors);
    const account: AccountRef = {
      name: read(record, c.accountName, normaliseText, null, errors),
      domain: read(record, c.accountDomain, normaliseDomain, null, errors),
      industry: read(record, c.accountIndustry, normaliseText, null, errors),
      employees: employees?.midpoint ?? null,
      employeesBand: employees?.band ?? null,
      region: region?.region ?? null,
      regionAsWritten: region?.regionAsWritten ?? null,
    };
    if (account.name === null && account.domain === null && errors.length === before) {
      const ref = c.accountName ?? c.accountDomain;
      errors.push({
        row: record.row,
        column: ref?.column ?? '',
        field: ref?.field ?? 'accountName',
        reason: 'the account is required: give its name or domain',
      });
    }
    const stage = c.stage ? stageOf(record.cells[c.stage.index] ?? '') : 'open';
    const lossReason = read(record, c.lossReason, normaliseText, null, errors);
    const lossCategory: FailureCategory | null =
      stage === 'lost' && lossReason !== null ? classify(lossReason) : null;
    const content: DealContent = {
      name: read(record, c.name, normaliseText, null, errors),
      crmId: read(record, c.crmId, normaliseText, null, errors),
      stage,
      amount: read(record, c.amount, normaliseMoney, null, errors),
      createdOn: readDate(record, c.createdOn, errors),
      closedOn: readDate(record, c.closedOn, errors),
      lossReason,
      lossCategory,
      customFields: custom.read(record),
    };
    // The account's cells obey the account's own rules, or creating it would fail at commit.
    const accountChecks = [
      ['accountName', accountSchema.shape.name.nullable().safeParse(account.name)],
      ['accountIndustry', accountSchema.shape.industry.safeParse(account.industry)],
      ['accountRegion', accountSchema.shape.region.safeParse(account.region)],
    ] as const;
    for (const [field, check] of accountChecks) {
      if (check.success) continue;
      const column = c[field]?.column ?? '';
      errors.push(...schemaErrors(record.row, check.error.issues, () => ({ column, field })));
    }
    if (errors.length > before) return;
    const parsed = dealContentSchema.safeParse(content);
    if (!parsed.success) {
      errors.push(...schemaErrors(record.row, parsed.error.issues, (p) => columnOf(p, content)));
      return;
    }
    drafts.push({ row: record.row, deal: parsed.data, account });
    if (stage === 'lost' && lossReason !== null && lossCategory === null) {
      const key = reasonKey(lossReason);
      const entry = unclassified.get(key) ?? { reason: lossReason, count: 0, rows: [] };
      entry.count += 1;
      entry.rows.push(record.row);
      unclassified.set(key, entry);
    }
  });
  return {
    drafts,
    errors: sortErrors(errors, csv.headers),
    mappingIssues: [],
    ...dates,
    unclassifiedReasons: [...unclassified.values()],
  };
}

export function validateDealRows(
  csv: ParsedCsv,
  mapping: DealMapping,
  options: ValidateDealOptions = {},
): DealValidation {
  return runToEnd(validateDealRowsSteps(csv, mapping, options));
}
