/**
 * The import dialog's steps as data, and the pure functions between them: the review a check
 * gives, the plan and its preview, the read's progress on whichever step shows it. The hook
 * that sequences them is useCsvImport.ts.
 */
import { ImportRepoError, type ImportCommitResult } from '../../../db/importRepo';
import type { AccountImportPlan, DealImportPlan } from '../../../domain/importPlan';
import type { FailureCategory } from '../../../domain/schemas/deal';
import type { ConflictChoice } from '../../../import/csv/accountFill';
import type { DuplicateDecision } from '../../../import/csv/duplicates';
import {
  planAccountImport,
  planDealImport,
  type PlanResult,
} from '../../../import/csv/importPipeline';
import type { CsvReadError, ParsedCsv } from '../../../import/csv/parseCsv';
import type { CsvParseProgress } from '../../../import/csv/parseCsvFile';
import type { ImportKind } from '../../../import/csv/presets';
import { runToEnd } from '../../../import/csv/rowSteps';
import type { AmbiguousDateColumn } from '../../../import/csv/validateRows';
import {
  reviewSteps,
  type CheckedRows,
  type Existing,
  type ImportReview,
  type ImportSetup,
  type ReadCsv,
  type ReviewInputs,
} from './checkRows';

export type ImportPlanResult = PlanResult<AccountImportPlan> | PlanResult<DealImportPlan>;

export interface ImportChoices {
  /** What every duplicate group gets unless the user picked for that group. */
  allDuplicates: DuplicateDecision;
  duplicates: ReadonlyMap<string, DuplicateDecision>;
  lossCategories: ReadonlyMap<string, FailureCategory>;
  /** Per conflict key: whether a stored account value gives way to the file's. Kept unless said. */
  accountConflicts: ReadonlyMap<string, ConflictChoice>;
}

export type UndoState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'undone'; message: string }
  | { status: 'refused'; message: string };

export interface ReviewState {
  step: 'review';
  source: ReadCsv;
  setup: ImportSetup;
  existing: Existing;
  inputs: ReviewInputs;
  review: ImportReview;
  choices: ImportChoices;
  /** The clock reading the preview plan is stamped with; the commit takes a fresh one. */
  reviewedAt: string;
  /** Set while the import is being written: records written so far of those it writes. */
  writing: { written: number; total: number } | null;
  commitError: string | null;
}

/**
 * The file the mapping is made for. A large file's header and first rows come before the rest
 * is parsed (parseCsvInWorker's `head`), so the mapping shows at once; rows are checked only
 * against the whole.
 */
export interface MappedFile {
  file: File;
  /** The header and the first rows: all the mapping shows. */
  head: ParsedCsv;
  /** Null while the rest of the file is parsed. */
  whole: ReadCsv | null;
  /** How far the rest is parsed, while `whole` is null. */
  progress: CsvParseProgress | null;
}

export type ImportState =
  | { step: 'choose'; notice: CsvReadError | null; file: File | null }
  | { step: 'reading'; file: File; progress: CsvParseProgress | null }
  | { step: 'mapping'; source: MappedFile; setup: ImportSetup }
  /** Check rows was pressed; while `source.whole` is null the check waits for it. */
  | { step: 'checking'; source: MappedFile; setup: ImportSetup; rowsChecked: number }
  | ReviewState
  | {
      step: 'done';
      fileName: string;
      kind: ImportKind;
      result: ImportCommitResult;
      undo: UndoState;
    };

export const INITIAL_IMPORT_STATE: ImportState = { step: 'choose', notice: null, file: null };

/** The review of checked rows, with every choice at its default. */
export function reviewOf(
  source: ReadCsv,
  setup: ImportSetup,
  { existing, inputs, review }: CheckedRows,
  reviewedAt: string,
): ReviewState {
  return {
    step: 'review',
    source,
    setup,
    existing,
    inputs: { ...inputs, dateQuestions: review.ambiguousDateColumns },
    review,
    choices: {
      allDuplicates: 'skip',
      duplicates: new Map(),
      lossCategories: new Map(),
      accountConflicts: new Map(),
    },
    reviewedAt,
    writing: null,
    commitError: null,
  };
}

export const sameHeaders = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((header, i) => header === b[i]);

/** The read's progress, shown by whichever step the file is on until it is parsed whole. */
export function withProgress(s: ImportState, file: File, progress: CsvParseProgress): ImportState {
  if (s.step === 'reading' && s.file === file) return { ...s, progress };
  if ((s.step === 'mapping' || s.step === 'checking') && s.source.file === file && !s.source.whole)
    return { ...s, source: { ...s.source, progress } };
  return s;
}

/** At once, for a re-check inside a state update after one answer (see reReview). */
export const runReview = (...args: Parameters<typeof reviewSteps>): ImportReview =>
  runToEnd(reviewSteps(...args));

export function mergeQuestions(
  asked: readonly AmbiguousDateColumn[],
  review: ImportReview,
): AmbiguousDateColumn[] {
  const known = new Set(asked.map((q) => q.column));
  return [...asked, ...review.ambiguousDateColumns.filter((q) => !known.has(q.column))];
}

export function planFor(
  { review, choices }: Pick<ReviewState, 'review' | 'choices'>,
  fileName: string,
  now: string,
): ImportPlanResult {
  const decisions = Object.fromEntries(
    review.duplicates.map((g) => [g.key, choices.duplicates.get(g.key) ?? choices.allDuplicates]),
  );
  return review.kind === 'accounts'
    ? planAccountImport(review, { fileName, now, decisions })
    : planDealImport(review, {
        fileName,
        now,
        decisions,
        // Only reasons still listed: once a rule classifies one, its question (and the answer
        // the user can no longer see) is gone, so the rule decides.
        lossCategoryOverrides: Object.fromEntries(
          review.unclassifiedReasons.flatMap(({ reason }) => {
            const category = choices.lossCategories.get(reason);
            return category === undefined ? [] : [[reason, category]];
          }),
        ),
        conflictChoices: Object.fromEntries(choices.accountConflicts),
      });
}

export function problemMessage(error: unknown): string {
  if (error instanceof ImportRepoError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Nothing was written: the browser refused the change (${detail}).`;
}

export interface PlanPreview {
  ok: boolean;
  /** Records of the file's kind to create plus those to update: what the button counts. */
  toWrite: number;
  created: number;
  updated: number;
  skipped: number;
  accountsCreated: number;
  reason: string | null;
}

export function previewOf(planned: ImportPlanResult): PlanPreview {
  if (!planned.ok) {
    return {
      ok: false,
      toWrite: 0,
      created: 0,
      updated: 0,
      skipped: 0,
      accountsCreated: 0,
      reason: planned.reason,
    };
  }
  const { plan } = planned;
  const created = plan.kind === 'accounts' ? plan.createAccounts.length : plan.createDeals.length;
  const updated = plan.kind === 'accounts' ? plan.updateAccounts.length : plan.updateDeals.length;
  return {
    ok: true,
    toWrite: created + updated,
    created,
    updated,
    skipped: plan.skipped,
    accountsCreated: plan.createAccounts.length,
    reason: null,
  };
}
