/**
 * Checking a file's rows against the workspace: the import's review step, and the early check
 * that starts it as soon as the whole file is parsed and the mapping is shown.
 *
 * Checking 10,000 rows takes 100-250 ms. A user reads the mapping for a few seconds before
 * pressing Check rows, so the check starts while they read, in short slices (rowSteps.ts), and
 * is used when they press it if neither the mapping nor the workspace changed meanwhile: the
 * log's newest seq says whether anything was written since the check read the workspace.
 */
import { lastChangeSeq } from '../../../db/changeQueries';
import { listAccounts } from '../../../db/accountsRepo';
import { loadLossRules } from '../../../db/importSettingsRepo';
import type { WorkspaceDb } from '../../../db/schema';
import type { Account } from '../../../domain/schemas/account';
import type { Deal } from '../../../domain/schemas/deal';
import type { AccountMapping, DealMapping } from '../../../import/csv/columnMapping';
import {
  reviewAccountImportSteps,
  reviewDealImportSteps,
  type AccountImportReview,
  type DealImportReview,
} from '../../../import/csv/importPipeline';
import type { LifecycleAnswer } from '../../../import/csv/lifecycle';
import { DEFAULT_LOSS_RULES, type LossRule } from '../../../import/csv/lossReasonRules';
import type { DateOrder } from '../../../import/csv/normalise';
import type { ParsedCsv } from '../../../import/csv/parseCsv';
import type { PresetId } from '../../../import/csv/presets';
import { runInSteps, type RowSteps } from '../../../import/csv/rowSteps';
import type { AmbiguousDateColumn } from '../../../import/csv/validateRows';

export type ImportReview = AccountImportReview | DealImportReview;

export interface ReadCsv {
  file: File;
  csv: ParsedCsv;
}

export type ImportSetup =
  | { kind: 'accounts'; preset: PresetId; mapping: AccountMapping }
  | { kind: 'deals'; preset: PresetId; mapping: DealMapping };

export interface Existing {
  accounts: Account[];
  deals: Deal[];
}

export interface ReviewInputs {
  dateOrders: ReadonlyMap<string, DateOrder>;
  /** Every date column asked about, kept so an answered question can still be changed. */
  dateQuestions: readonly AmbiguousDateColumn[];
  /** Per lifecycleKey: the user's answer for a stage the import could not classify. */
  lifecycleAnswers: ReadonlyMap<string, LifecycleAnswer>;
  lossRules: readonly LossRule[];
  lossRulesEdited: boolean;
}

export function reviewSteps(
  source: ReadCsv,
  setup: ImportSetup,
  existing: Existing,
  inputs: ReviewInputs,
): RowSteps<ImportReview> {
  const dateOrders = Object.fromEntries(inputs.dateOrders);
  const common = { preset: setup.preset, existingAccounts: existing.accounts, dateOrders };
  return setup.kind === 'accounts'
    ? reviewAccountImportSteps(source.csv, {
        ...common,
        mapping: setup.mapping,
        lifecycleAnswers: Object.fromEntries(inputs.lifecycleAnswers),
      })
    : reviewDealImportSteps(source.csv, {
        ...common,
        mapping: setup.mapping,
        existingDeals: existing.deals,
        lossRules: inputs.lossRules,
      });
}

export interface CheckedRows {
  existing: Existing;
  inputs: ReviewInputs;
  review: ImportReview;
}

/** A check under way: its rows done so far, and who hears of more. */
export interface RowCheck {
  source: ReadCsv;
  setup: ImportSetup;
  /** The log's newest seq when the check read the workspace. */
  seq: Promise<number>;
  /** Once the check is done: its seq and result, to be taken without waiting (settledCheck). */
  done: { seq: number; checked: CheckedRows } | null;
  rowsChecked: number;
  /** From now on, tells `onProgress` of each slice of rows done. */
  follow(onProgress: (rowsChecked: number) => void): void;
  /** Null when cancelled. */
  result: Promise<CheckedRows | null>;
  cancel(): void;
}

/** Reads what the rows are checked against, then checks them in slices. */
export function startRowCheck(db: WorkspaceDb, source: ReadCsv, setup: ImportSetup): RowCheck {
  let cancelled = false;
  let seenSeq: (seq: number) => void = () => {};
  let listener: ((rowsChecked: number) => void) | null = null;
  const check: RowCheck = {
    source,
    setup,
    seq: new Promise((resolve) => {
      seenSeq = resolve;
    }),
    done: null,
    rowsChecked: 0,
    follow: (onProgress) => {
      listener = onProgress;
    },
    result: Promise.resolve(null),
    cancel: () => {
      cancelled = true;
    },
  };
  check.result = db
    .transaction('r', [db.accounts, db.deals, db.settings, db.changes], async () => {
      const read = await Promise.all([
        lastChangeSeq(db),
        listAccounts(db),
        setup.kind === 'deals' ? db.deals.toArray() : Promise.resolve([]),
        setup.kind === 'deals' ? loadLossRules(db) : Promise.resolve(null),
      ]);
      return read;
    })
    .then(async ([seq, accounts, deals, savedRules]) => {
      seenSeq(seq);
      if (cancelled) return null;
      const existing = { accounts, deals };
      const inputs: ReviewInputs = {
        dateOrders: new Map(),
        dateQuestions: [],
        lifecycleAnswers: new Map(),
        lossRules: savedRules ?? DEFAULT_LOSS_RULES,
        lossRulesEdited: false,
      };
      const review = await runInSteps(reviewSteps(source, setup, existing, inputs), {
        onProgress: (rowsChecked) => {
          check.rowsChecked = rowsChecked;
          listener?.(rowsChecked);
        },
        cancelled: () => cancelled,
      });
      if (review === null) return null;
      const checked = { existing, inputs, review };
      check.done = { seq, checked };
      return checked;
    })
    .catch((error: unknown) => {
      seenSeq(-1);
      throw error;
    });
  return check;
}

/**
 * The result of a finished `check` made for this file and mapping, if the log's newest seq as
 * last seen live (`newestSeq`) is still the one the check read at: Check rows then shows the
 * review at once, without a read of its own. Null otherwise; stillValid then asks the log.
 */
export function settledCheck(
  check: RowCheck | null,
  source: ReadCsv,
  setup: ImportSetup,
  newestSeq: number | undefined,
): CheckedRows | null {
  if (!check?.done || check.source !== source || check.setup !== setup) return null;
  return check.done.seq === newestSeq ? check.done.checked : null;
}

/** Whether `check` was made for this file and mapping and nothing was written since it read. */
export async function stillValid(
  db: WorkspaceDb,
  check: RowCheck | null,
  source: ReadCsv,
  setup: ImportSetup,
): Promise<boolean> {
  if (!check || check.source !== source || check.setup !== setup) return false;
  const [then, now] = await Promise.all([check.seq, lastChangeSeq(db)]);
  return then === now;
}
