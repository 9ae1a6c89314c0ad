/**
 * CSV import of accounts and deals: the steps a dialog walks through, none of which writes
 * until the last. Steps 2-4 are synchronous and side-effect free (plans draw fresh random ids,
 * ./importIds), so the dialog can re-run them on every change the user makes.
 *
 *   1. Read   parseCsvInWorker(file, { onProgress }) → { promise, cancel }   (./parseCsvInWorker)
 *             parseCsvText(text)                                             (./parseCsv, small files)
 *             Both give CsvReadResult: { ok: true, csv } or { ok: false, error: CsvReadError }
 *             (too_large, binary, empty, header_only, wrong_delimiter → retry with
 *             { delimiter: error.suspected }, unreadable, cancelled). csv.warnings says what was
 *             noticed (BOM, delimiter, skipped report title / totals lines).
 *   2. Map    const preset = detectPreset(csv.headers)                        (./presets)
 *             PRESETS[preset].kind is 'accounts' or 'deals'.
 *             const saved = await loadMapping(db, preset)                      (db/importSettingsRepo)
 *             detectAccountMapping(csv.headers, preset, saved) / detectDealMapping(csv.headers, saved)
 *             (./columnMapping) → [{ column, target }]; the user may edit targets (a field,
 *             'custom', or 'ignore'); saveMapping(db, preset, mapping) remembers it.
 *   3. Review reviewAccountImport(csv, { preset, mapping, existingAccounts, dateOrders })
 *             reviewDealImport(csv, { preset, mapping, existingAccounts, existingDeals,
 *                                     dateOrders, stageRules, lossRules })
 *             → errors (formatRowError(e) → "Row 7778: arr — expected a number, got “twelve”";
 *             badRowsCsv(csv, errors) for download), mappingIssues, ambiguousDateColumns (ask
 *             the user, then review again with dateOrders: { [column]: 'MDY' | 'DMY' }),
 *             duplicates, for deals also unclassifiedReasons and newAccounts; canCommit.
 *             Reviewing 10,000 rows takes ≈100-250 ms on the page's thread, so the dialog runs
 *             reviewAccountImportSteps / reviewDealImportSteps in slices (./rowSteps).
 *   4. Plan   planAccountImport(review, { fileName, now, decisions })
 *             planDealImport(review, { fileName, now, decisions, lossCategoryOverrides })
 *             decisions: { [duplicateGroup.key]: 'update' | 'skip' }, default 'skip'.
 *             lossCategoryOverrides: { [reason]: 'product' | 'process' | 'external' }.
 *             → { ok: true, plan } or { ok: false, reason } while anything above blocks.
 *   5. Write  commitImport(db, plan)                                          (db/importRepo)
 *             → { importId, created, updated, skipped, accountsCreated };
 *             undoImport(db, importId, now). Refusals throw ImportRepoError (a `code` and a
 *             message for the user): changed_since_review, already_undone, later_import, ….
 *
 * Duplicates (./duplicates): same domain, or same name when one side has no domain.
 *   - A group matching a stored account: 'skip' leaves the stored account alone and skips
 *     every row; 'update' writes the group's LAST row onto it (non-blank cells overwrite,
 *     blank cells never erase, custom fields are merged).
 *   - Rows matching only each other: 'skip' creates the FIRST row and skips the rest;
 *     'update' creates the LAST row instead (later row wins) and skips the rest.
 *   Deals are the same deal by CRM id, else by account + name + created date, decided alike.
 *
 * Deals name their account by name and/or domain; one the workspace lacks is created with
 * just that name and domain. Stages: DEFAULT_STAGE_RULES (Closed Won / Won → won, Closed
 * Lost / Lost → lost, all else open). Loss reasons of lost deals: DEFAULT_LOSS_RULES
 * (./lossReasonRules) or the user's rules, with overrides winning over rules. Custom columns
 * merge on update, as for accounts.
 */
import { accountSchema, type Account } from '../../domain/schemas/account';
import { dealSchema, type Deal, type FailureCategory } from '../../domain/schemas/deal';
import { mergedPairs } from '../../domain/schemas/pairs';
import { spellingBook } from '../../domain/normalising/spellings';
import {
  NO_FACTS,
  accountConflicts,
  dealFieldFill,
  factsByCluster,
  filledAccount,
  type AccountFacts,
  type AccountFieldConflict,
  type ConflictChoice,
  type FieldFill,
  type FillableField,
} from './accountFill';
import {
  checkAccountMapping,
  checkDealMapping,
  type AccountMapping,
  type DealMapping,
  type MappingIssue,
} from './columnMapping';
import {
  clusterAccounts,
  clusterDeals,
  dealKey,
  isDuplicateGroup,
  type AccountCluster,
  type DealDuplicateGroup,
  type DuplicateDecision,
  type DuplicateGroup,
} from './duplicates';
import type { AccountImportPlan, DealImportPlan } from '../../domain/importPlan';
import { importIds } from './importIds';
import type { LifecycleAnswer, LifecycleQuestion } from './lifecycle';
import { reasonKey, type LossRule } from './lossReasonRules';
import type { DateOrder } from './normalise';
import type { ParsedCsv } from './parseCsv';
import { ACCOUNT_FIELDS, type AccountField, type PresetId } from './presets';
import type { RowError } from './rowErrors';
import { runToEnd, type RowSteps } from './rowSteps';
import {
  validateAccountRowsSteps,
  validateDealRowsSteps,
  type AccountContent,
  type AccountDraft,
  type AmbiguousDateColumn,
  type DealContent,
  type DealDraft,
  type StageRules,
  type UnclassifiedReason,
} from './validateRows';

interface ReviewBase {
  preset: PresetId;
  /** Data rows in the file, refused ones included. */
  rowCount: number;
  /** Things noticed that do not block: BOM, delimiter, skipped lines, renamed custom keys. */
  warnings: string[];
  /** Blocking problems with the mapping (no name column, one field mapped twice). */
  mappingIssues: MappingIssue[];
  errors: RowError[];
  ambiguousDateColumns: AmbiguousDateColumn[];
  dateOrders: Record<string, DateOrder>;
  /** Per account field the file fills: how many rows give it a value. */
  fieldFill: FieldFill[];
  /** True when nothing above blocks and there is at least one row to import. */
  canCommit: boolean;
}

export interface AccountImportReview extends ReviewBase {
  kind: 'accounts';
  mapping: AccountMapping;
  drafts: AccountDraft[];
  /** Groups the user decides on, keyed by `key`. */
  duplicates: DuplicateGroup[];
  /** Every draft's group, singletons included; what the plan is built from. */
  clusters: AccountCluster[];
  /** Lifecycle stages to ask about; the import waits for every answer. */
  lifecycleQuestions: LifecycleQuestion[];
}

export interface NewAccount {
  name: string;
  domain: string | null;
  rows: number[];
}

export interface DealImportReview extends ReviewBase {
  kind: 'deals';
  mapping: DealMapping;
  drafts: DealDraft[];
  unclassifiedReasons: UnclassifiedReason[];
  /** Accounts that deals name but the workspace lacks; the import creates them. */
  newAccounts: NewAccount[];
  /** Deal groups the user decides on (a stored deal, or several rows for one deal). */
  duplicates: DealDuplicateGroup[];
  /** Every deal row's group, singletons included. */
  dealGroups: DealDuplicateGroup[];
  /** Deal row → the account group it links to. */
  accountClusterOfRow: ReadonlyMap<number, AccountCluster>;
  /** Per account group key: what the file says about the account. */
  accountFacts: ReadonlyMap<string, AccountFacts>;
  /** Stored values the file contradicts; kept unless the user takes the file's. */
  accountConflicts: AccountFieldConflict[];
}

export interface ReviewAccountInput {
  preset: PresetId;
  mapping: AccountMapping;
  existingAccounts: readonly Account[];
  dateOrders?: Readonly<Record<string, DateOrder>>;
  lifecycleAnswers?: Readonly<Record<string, LifecycleAnswer>>;
}

export interface ReviewDealInput {
  preset: PresetId;
  mapping: DealMapping;
  existingAccounts: readonly Account[];
  existingDeals: readonly Deal[];
  dateOrders?: Readonly<Record<string, DateOrder>>;
  stageRules?: StageRules;
  lossRules?: readonly LossRule[];
}

export interface PlanInput {
  fileName: string;
  /** ISO date-time for createdAt / updatedAt of everything written. */
  now: string;
  /** Per duplicate group key; groups not named are skipped. */
  decisions?: Readonly<Record<string, DuplicateDecision>>;
}

export interface PlanDealInput extends PlanInput {
  /** The user's category for a loss reason (matched trimmed, case-insensitively). */
  lossCategoryOverrides?: Readonly<Record<string, FailureCategory>>;
  /** Per AccountFieldConflict key; conflicts not named keep the stored value. */
  conflictChoices?: Readonly<Record<string, ConflictChoice>>;
}

export type PlanResult<P> = { ok: true; plan: P } | { ok: false; reason: string };

function rowCountOf(csv: ParsedCsv): number {
  return new Set([...csv.records.map((r) => r.row), ...csv.rowProblems.map((p) => p.row)]).size;
}

/** What the parser noticed, then the mapping's warnings (a renamed custom field). */
function fileWarnings(csv: ParsedCsv, issues: readonly MappingIssue[]): string[] {
  return [
    ...csv.warnings.map((w) => w.message),
    ...issues.filter((i) => i.severity === 'warning').map((i) => i.message),
  ];
}

const canCommit = (v: {
  mappingIssues: readonly unknown[];
  errors: readonly unknown[];
  ambiguousDateColumns: readonly unknown[];
  lifecycleQuestions?: readonly { answer: unknown }[];
  drafts: readonly unknown[];
}) =>
  v.mappingIssues.length === 0 &&
  v.errors.length === 0 &&
  v.ambiguousDateColumns.length === 0 &&
  (v.lifecycleQuestions ?? []).every((question) => question.answer !== null) &&
  v.drafts.length > 0;

/** Industry, plan and non-country regions take the workspace's first spelling of each value. */
function groupSpellings(drafts: AccountDraft[], existing: readonly Account[]): AccountDraft[] {
  const industry = spellingBook(existing.map((a) => a.industry));
  const plan = spellingBook(existing.map((a) => a.plan));
  const region = spellingBook(existing.map((a) => a.region));
  return drafts.map((d) => ({
    row: d.row,
    account: {
      ...d.account,
      industry: industry.spell(d.account.industry),
      plan: plan.spell(d.account.plan),
      region: region.spell(d.account.region),
    },
  }));
}

/**
 * The account fields the review reports a fill rate for: every field a column can fill but the
 * name (every row has one), the tech stack (a list, empty rather than missing), and the cohort
 * and lifecycle stage, which sort accounts rather than describe them.
 */
const NOT_FILL_FIELDS = ['name', 'techStack', 'cohort', 'lifecycleStage'] as const;
type FillField = Exclude<AccountField, (typeof NOT_FILL_FIELDS)[number]>;
const ACCOUNT_FILL_FIELDS = ACCOUNT_FIELDS.filter(
  (field): field is FillField => !(NOT_FILL_FIELDS as readonly string[]).includes(field),
);

function accountFieldFill(mapping: AccountMapping, drafts: readonly AccountDraft[]): FieldFill[] {
  const mapped = new Set<string>(mapping.map((a) => a.target));
  return ACCOUNT_FILL_FIELDS.filter((field) => mapped.has(field)).map((field) => ({
    field,
    filled: drafts.filter((d) => d.account[field] !== null).length,
    rows: drafts.length,
  }));
}

/** The review in steps of rows (./rowSteps); reviewAccountImport runs it at once. */
export function* reviewAccountImportSteps(
  csv: ParsedCsv,
  input: ReviewAccountInput,
): RowSteps<AccountImportReview> {
  const validated = yield* validateAccountRowsSteps(csv, input.mapping, {
    dateOrders: input.dateOrders ?? {},
    lifecycleAnswers: input.lifecycleAnswers ?? {},
  });
  const validation = {
    ...validated,
    drafts: groupSpellings(validated.drafts, input.existingAccounts),
  };
  const items = validation.drafts.map((d) => ({
    row: d.row,
    name: d.account.name,
    domain: d.account.domain,
  }));
  const { clusters } = clusterAccounts(items, input.existingAccounts);
  return {
    kind: 'accounts',
    preset: input.preset,
    mapping: input.mapping,
    rowCount: rowCountOf(csv),
    warnings: fileWarnings(csv, checkAccountMapping(input.mapping, csv.headers)),
    ...validation,
    duplicates: clusters.filter(isDuplicateGroup),
    clusters,
    fieldFill: accountFieldFill(input.mapping, validation.drafts),
    canCommit: canCommit(validation),
  };
}

export function reviewAccountImport(
  csv: ParsedCsv,
  input: ReviewAccountInput,
): AccountImportReview {
  return runToEnd(reviewAccountImportSteps(csv, input));
}

/** The review in steps of rows (./rowSteps); reviewDealImport runs it at once. */
export function* reviewDealImportSteps(
  csv: ParsedCsv,
  input: ReviewDealInput,
): RowSteps<DealImportReview> {
  const validation = yield* validateDealRowsSteps(csv, input.mapping, {
    dateOrders: input.dateOrders ?? {},
    ...(input.stageRules ? { stageRules: input.stageRules } : {}),
    ...(input.lossRules ? { lossRules: input.lossRules } : {}),
  });
  const items = validation.drafts.map((d) => ({
    row: d.row,
    // Validation guarantees a name or a domain.
    name: d.account.name ?? d.account.domain ?? '',
    domain: d.account.domain,
  }));
  const { clusters, clusterOfRow } = clusterAccounts(items, input.existingAccounts);
  const existingByKey = new Map<string, Deal>();
  for (const deal of input.existingDeals) {
    const key = dealKey(`account:${deal.accountId}`, deal);
    if (!existingByKey.has(key)) existingByKey.set(key, deal);
  }
  const dealGroups = clusterDeals(
    validation.drafts.map((d) => ({
      row: d.row,
      key: dealKey(clusterOfRow.get(d.row)?.key ?? '', d.deal),
      label: d.deal.name ?? d.account.name ?? d.account.domain ?? `Row ${d.row}`,
    })),
    existingByKey,
  );
  const refOfRow = new Map(validation.drafts.map((d) => [d.row, d.account]));
  const accountFacts = factsByCluster(clusters, refOfRow, input.existingAccounts);
  const described = new Map<string, FillableField>([
    ['accountIndustry', 'industry'],
    ['accountEmployees', 'employees'],
    ['accountRegion', 'region'],
  ]);
  const mappedFacts = new Set(input.mapping.flatMap((a) => described.get(a.target) ?? []));
  return {
    kind: 'deals',
    preset: input.preset,
    mapping: input.mapping,
    rowCount: rowCountOf(csv),
    warnings: fileWarnings(csv, checkDealMapping(input.mapping, csv.headers)),
    ...validation,
    newAccounts: clusters
      .filter((c) => c.existing === null)
      .map((c) => ({ name: c.name, domain: c.domain, rows: c.rows })),
    duplicates: dealGroups.filter((g) => g.existing !== null || g.rows.length > 1),
    dealGroups,
    accountClusterOfRow: clusterOfRow,
    accountFacts,
    accountConflicts: accountConflicts(clusters, accountFacts),
    fieldFill: dealFieldFill(
      validation.drafts.map((d) => d.account),
      mappedFacts,
    ),
    canCommit: canCommit(validation),
  };
}

export function reviewDealImport(csv: ParsedCsv, input: ReviewDealInput): DealImportReview {
  return runToEnd(reviewDealImportSteps(csv, input));
}

function blockers(
  review: ReviewBase & {
    drafts: readonly unknown[];
    lifecycleQuestions?: readonly LifecycleQuestion[];
  },
): string | null {
  const [issue] = review.mappingIssues;
  if (issue) return issue.message;
  if (review.errors.length > 0) {
    const n = review.errors.length;
    return `Fix the ${n} row error${n === 1 ? '' : 's'} first: nothing is imported while any row is refused.`;
  }
  const [ambiguous] = review.ambiguousDateColumns;
  if (ambiguous) {
    return `Say whether “${ambiguous.column}” is month/day/year or day/month/year.`;
  }
  const stage = review.lifecycleQuestions?.find((question) => question.answer === null);
  if (stage) {
    return `Say whether lifecycle stage “${stage.stage || '(blank)'}” counts as a customer.`;
  }
  return review.drafts.length === 0 ? 'There are no rows to import.' : null;
}

function checkPlanInput(input: PlanInput): string | null {
  return accountSchema.shape.createdAt.safeParse(input.now).success
    ? null
    : `“${input.now}” is not an ISO date-time.`;
}

const decisionFor = (input: PlanInput, key: string): DuplicateDecision =>
  input.decisions && Object.hasOwn(input.decisions, key)
    ? (input.decisions[key] ?? 'skip')
    : 'skip';

/** The importRecord schema caps file names at 500 characters. */
const clampFileName = (fileName: string) => fileName.slice(0, 500);

const keepUnlessBlank = <T>(incoming: T | null, stored: T): T | null =>
  incoming === null ? stored : incoming;

/** Non-blank cells overwrite, blank cells keep what is stored, custom fields merge. */
function mergeAccount(stored: Account, incoming: AccountContent): AccountContent {
  const sized = incoming.employees === null ? stored : incoming;
  const cohorted = incoming.cohort === null ? stored : incoming;
  return {
    name: incoming.name,
    domain: keepUnlessBlank(incoming.domain, stored.domain),
    crmId: keepUnlessBlank(incoming.crmId, stored.crmId),
    industry: keepUnlessBlank(incoming.industry, stored.industry),
    employees: sized.employees,
    employeesBand: sized.employeesBand,
    region: keepUnlessBlank(incoming.region, stored.region),
    arr: keepUnlessBlank(incoming.arr, stored.arr),
    ltv: keepUnlessBlank(incoming.ltv, stored.ltv),
    salesCycleDays: keepUnlessBlank(incoming.salesCycleDays, stored.salesCycleDays),
    customerSince: keepUnlessBlank(incoming.customerSince, stored.customerSince),
    churnedAt: keepUnlessBlank(incoming.churnedAt, stored.churnedAt),
    nps: keepUnlessBlank(incoming.nps, stored.nps),
    integrations: keepUnlessBlank(incoming.integrations, stored.integrations),
    techStack: incoming.techStack.length > 0 ? incoming.techStack : stored.techStack,
    plan: keepUnlessBlank(incoming.plan, stored.plan),
    customFields: mergedPairs(stored.customFields, incoming.customFields),
    cohort: cohorted.cohort,
    cohortSource: cohorted.cohortSource,
  };
}

function mergeDeal(stored: Deal, incoming: DealContent): DealContent {
  const lossSource = incoming.lossReason === null ? stored : incoming;
  return {
    name: keepUnlessBlank(incoming.name, stored.name),
    crmId: keepUnlessBlank(incoming.crmId, stored.crmId),
    stage: incoming.stage,
    amount: keepUnlessBlank(incoming.amount, stored.amount),
    createdOn: keepUnlessBlank(incoming.createdOn, stored.createdOn),
    closedOn: keepUnlessBlank(incoming.closedOn, stored.closedOn),
    lossReason: lossSource.lossReason,
    lossCategory: lossSource.lossCategory,
    // A deal stored before custom fields existed has none to keep.
    customFields: mergedPairs(stored.customFields ?? [], incoming.customFields),
  };
}

function newAccount(id: string, content: AccountContent, importId: string, now: string): Account {
  return { id, createdAt: now, updatedAt: now, importId, ...content };
}

/** Which row of a duplicate group is written: the last when updating, else the first. */
function chosenRow(rows: readonly number[], decision: DuplicateDecision): number | undefined {
  return decision === 'update' ? rows[rows.length - 1] : rows[0];
}

/** What every plan starts from: a new import id, and the file as the review saw it. */
function startPlan(review: { preset: string; rowCount: number }, input: PlanInput) {
  return {
    importId: crypto.randomUUID(),
    fileName: clampFileName(input.fileName),
    preset: review.preset,
    rowCount: review.rowCount,
    now: input.now,
    skipped: 0,
  };
}

export function planAccountImport(
  review: AccountImportReview,
  input: PlanInput,
): PlanResult<AccountImportPlan> {
  const blocked = blockers(review) ?? checkPlanInput(input);
  if (blocked !== null) return { ok: false, reason: blocked };
  const draftOf = new Map(review.drafts.map((d) => [d.row, d.account]));
  const plan: AccountImportPlan = {
    kind: 'accounts',
    ...startPlan(review, input),
    createAccounts: [],
    updateAccounts: [],
  };
  const { importId, now } = plan;
  const newId = importIds();
  for (const cluster of review.clusters) {
    const decision = decisionFor(input, cluster.key);
    const row = chosenRow(cluster.rows, decision);
    const content = row === undefined ? undefined : draftOf.get(row);
    if (content === undefined) continue;
    if (cluster.existing === null) {
      plan.createAccounts.push(newAccount(newId(), content, importId, now));
      plan.skipped += cluster.rows.length - 1;
    } else if (decision === 'update') {
      const after = accountSchema.parse({
        ...cluster.existing,
        ...mergeAccount(cluster.existing, content),
        updatedAt: now,
        importId,
      });
      plan.updateAccounts.push({ before: cluster.existing, after });
      plan.skipped += cluster.rows.length - 1;
    } else {
      plan.skipped += cluster.rows.length;
    }
  }
  return { ok: true, plan };
}

export function planDealImport(
  review: DealImportReview,
  input: PlanDealInput,
): PlanResult<DealImportPlan> {
  const blocked = blockers(review) ?? checkPlanInput(input);
  if (blocked !== null) return { ok: false, reason: blocked };
  const overrides = new Map<string, FailureCategory>(
    Object.entries(input.lossCategoryOverrides ?? {}).map(([reason, c]) => [reasonKey(reason), c]),
  );
  const draftOf = new Map(review.drafts.map((d) => [d.row, d]));
  const newAccountIds = new Map<string, string>();
  const plan: DealImportPlan = {
    kind: 'deals',
    ...startPlan(review, input),
    createAccounts: [],
    updateAccounts: [],
    createDeals: [],
    updateDeals: [],
  };
  const { importId, now } = plan;
  const newId = importIds();
  const choice = (key: string): ConflictChoice =>
    input.conflictChoices && Object.hasOwn(input.conflictChoices, key)
      ? (input.conflictChoices[key] ?? 'keep')
      : 'keep';
  for (const cluster of new Set(review.accountClusterOfRow.values())) {
    const facts = review.accountFacts.get(cluster.key);
    if (!cluster.existing || !facts) continue;
    const after = filledAccount(cluster.existing, facts, choice);
    if (after === null) continue;
    plan.updateAccounts.push({
      before: cluster.existing,
      after: accountSchema.parse({ ...after, updatedAt: now, importId }),
    });
  }
  const accountIdFor = (row: number): string => {
    const cluster = review.accountClusterOfRow.get(row);
    if (!cluster) throw new Error(`Deal row ${row} has no account group; review it again.`);
    if (cluster.existing) return cluster.existing.id;
    let id = newAccountIds.get(cluster.key);
    if (id === undefined) {
      const account = newAccount(
        newId(),
        {
          name: cluster.name,
          domain: cluster.domain,
          crmId: null,
          ...(review.accountFacts.get(cluster.key) ?? NO_FACTS),
          arr: null,
          ltv: null,
          salesCycleDays: null,
          customerSince: null,
          churnedAt: null,
          nps: null,
          integrations: null,
          techStack: [],
          plan: null,
          customFields: [],
          cohort: null,
          cohortSource: null,
        },
        importId,
        now,
      );
      id = account.id;
      newAccountIds.set(cluster.key, id);
      plan.createAccounts.push(account);
    }
    return id;
  };
  const withOverride = (deal: DealContent): DealContent => {
    const category =
      deal.stage === 'lost' && deal.lossReason !== null
        ? overrides.get(reasonKey(deal.lossReason))
        : undefined;
    return category === undefined ? deal : { ...deal, lossCategory: category };
  };

  for (const group of review.dealGroups) {
    const decision = decisionFor(input, group.key);
    if (group.existing !== null && decision === 'skip') {
      plan.skipped += group.rows.length;
      continue;
    }
    const row = chosenRow(group.rows, decision);
    const draft = row === undefined ? undefined : draftOf.get(row);
    if (row === undefined || draft === undefined) continue;
    plan.skipped += group.rows.length - 1;
    const content = withOverride(draft.deal);
    const accountId = accountIdFor(row);
    if (group.existing === null) {
      plan.createDeals.push({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        importId,
        accountId,
        ...content,
      });
    } else {
      const after = dealSchema.parse({
        ...group.existing,
        ...mergeDeal(group.existing, content),
        accountId,
        updatedAt: now,
        importId,
      });
      plan.updateDeals.push({ before: group.existing, after });
    }
  }
  return { ok: true, plan };
}
