/**
 * The import dialog's state: which step it is on and what the user chose. Every decision is
 * made by the library (src/import/csv/importPipeline.ts); this hook only sequences its steps,
 * keeps the user's answers, and writes once, at the end, through the import commands.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCommand } from '../../../app/useCommand';
import { useCommandContext } from '../../../app/useCommandContext';
import {
  commitImportCommand,
  rememberImportSettingsCommand,
  undoImportCommand,
} from '../../../commands/importCommands';
import { lastChangeSeq } from '../../../db/changeQueries';
import { loadMapping } from '../../../db/importSettingsRepo';
import type { WorkspaceDb } from '../../../db/schema';
import type { FailureCategory } from '../../../domain/schemas/deal';
import {
  checkAccountMapping,
  checkDealMapping,
  detectAccountMapping,
  detectDealMapping,
  type MappingIssue,
} from '../../../import/csv/columnMapping';
import type { ConflictChoice } from '../../../import/csv/accountFill';
import type { DuplicateDecision } from '../../../import/csv/duplicates';
import type { LifecycleAnswer } from '../../../import/csv/lifecycle';
import { planWrittenAt, recordsToWrite } from '../../../domain/importPlan';
import type { LossRule } from '../../../import/csv/lossReasonRules';
import type { DateOrder } from '../../../import/csv/normalise';
import type { ParsedCsv } from '../../../import/csv/parseCsv';
import {
  parseCsvInWorker,
  prestartCsvWorker,
  type ParseCsvJob,
} from '../../../import/csv/parseCsvInWorker';
import { detectPreset, PRESETS, type PresetId } from '../../../import/csv/presets';
import { useToast } from '../../../ui/toastContext';
import {
  settledCheck,
  startRowCheck,
  stillValid,
  type ImportSetup,
  type ReadCsv,
  type ReviewInputs,
  type RowCheck,
} from './checkRows';
import { isAccountTarget, isDealTarget } from './importLabels';
import {
  INITIAL_IMPORT_STATE,
  mergeQuestions,
  planFor,
  previewOf,
  problemMessage,
  reviewOf,
  runReview,
  sameHeaders,
  withProgress,
  type ImportChoices,
  type ImportPlanResult,
  type ImportState,
  type UndoState,
} from './importState';

const PROGRESS_EVERY_MS = 150;

async function setupFor(db: WorkspaceDb, csv: ParsedCsv, preset: PresetId): Promise<ImportSetup> {
  const saved = await loadMapping(db, preset);
  return PRESETS[preset].kind === 'deals'
    ? { kind: 'deals', preset, mapping: detectDealMapping(csv.headers, saved) }
    : { kind: 'accounts', preset, mapping: detectAccountMapping(csv.headers, preset, saved) };
}

export function useCsvImport() {
  const ctx = useCommandContext();
  const { db } = ctx;
  const run = useCommand();
  const toast = useToast();
  const [state, setState] = useState<ImportState>(INITIAL_IMPORT_STATE);
  const [delimiter, setDelimiter] = useState('');
  // The file being read: a read whose job is no longer this one drops whatever comes late.
  const job = useRef<ParseCsvJob | null>(null);
  // Bumped by every new read, preset pick, restart and unmount, so a late answer is dropped.
  const generation = useRef(0);

  // The parser's script loads while the user picks the file.
  useEffect(() => prestartCsvWorker(), []);

  useEffect(
    () => () => {
      generation.current += 1;
      job.current?.cancel();
      job.current = null;
    },
    [],
  );

  const read = useCallback(
    async (file: File, forcedDelimiter?: string) => {
      job.current?.cancel();
      generation.current += 1;
      const chosen = forcedDelimiter ?? delimiter;
      if (forcedDelimiter !== undefined) setDelimiter(forcedDelimiter);
      setState({ step: 'reading', file, progress: null });
      const current = parseCsvInWorker(file, {
        ...(chosen === '' ? {} : { delimiter: chosen }),
        onProgress: (progress) => {
          if (job.current === current) setState((s) => withProgress(s, file, progress));
        },
      });
      job.current = current;
      const mine = () => job.current === current;
      const showMapping = async (head: ParsedCsv, whole: ReadCsv | null) => {
        const setup = await setupFor(db, head, detectPreset(head.headers));
        if (mine())
          setState({ step: 'mapping', source: { file, head, whole, progress: null }, setup });
      };

      const head = await current.head;
      if (head && mine()) await showMapping(head, null);
      const result = await current.promise;
      if (!mine()) return;
      if (!result.ok) {
        // A fault found late still ends the import here, mapping shown or not.
        setState({ step: 'choose', notice: result.error, file });
        return;
      }
      const whole = { file, csv: result.csv };
      if (head && sameHeaders(head.headers, result.csv.headers)) {
        setState((s) =>
          (s.step === 'mapping' || s.step === 'checking') && s.source.file === file
            ? { ...s, source: { ...s.source, whole } }
            : s,
        );
      } else {
        // The whole file put its header elsewhere (a long preamble, another encoding): map anew.
        await showMapping(result.csv, whole);
      }
    },
    [db, delimiter],
  );

  const cancelRead = useCallback(() => job.current?.cancel(), []);

  const choosePreset = useCallback(
    async (preset: PresetId) => {
      if (state.step !== 'mapping') return;
      const { head } = state.source;
      // A quicker second pick must not be overwritten by the first one's late answer.
      const mine = ++generation.current;
      const setup = await setupFor(db, head, preset);
      if (generation.current !== mine) return;
      // The rest of the file may have arrived meanwhile: keep it.
      setState((s) => (s.step === 'mapping' && s.source.head === head ? { ...s, setup } : s));
    },
    [db, state],
  );

  const setTarget = useCallback((column: string, target: string) => {
    setState((s) => {
      if (s.step !== 'mapping') return s;
      const retarget = <T extends string>(mapping: { column: string; target: T }[], to: T) =>
        mapping.map((a) => (a.column === column ? { column, target: to } : a));
      if (s.setup.kind === 'accounts' && isAccountTarget(target)) {
        return { ...s, setup: { ...s.setup, mapping: retarget(s.setup.mapping, target) } };
      }
      if (s.setup.kind === 'deals' && isDealTarget(target)) {
        return { ...s, setup: { ...s.setup, mapping: retarget(s.setup.mapping, target) } };
      }
      return s;
    });
  }, []);

  const mappingIssues = useMemo<MappingIssue[]>(() => {
    if (state.step !== 'mapping') return [];
    const { setup, source } = state;
    return setup.kind === 'accounts'
      ? checkAccountMapping(setup.mapping, source.head.headers)
      : checkDealMapping(setup.mapping, source.head.headers);
  }, [state]);

  // The rows are checked from the moment the whole file is parsed with a mapping shown
  // (checkRows.ts); a new file or mapping cancels the check under way and starts another.
  const early = useRef<RowCheck | null>(null);
  const mapped = state.step === 'mapping' || state.step === 'checking' ? state : null;
  const mappedWhole = mapped?.source.whole ?? null;
  const mappedSetup = mapped?.setup ?? null;
  useEffect(() => {
    if (!mappedWhole || !mappedSetup) return;
    const started = startRowCheck(db, mappedWhole, mappedSetup);
    // A failure is reported when the user asks for the check, which runs it again.
    started.result.catch(() => undefined);
    early.current = started;
    return () => {
      started.cancel();
      if (early.current === started) early.current = null;
    };
  }, [db, mappedWhole, mappedSetup]);

  // The log's newest seq, followed live, so that Check rows knows without a read of its own
  // whether the early check still holds.
  const newestSeq = useLiveQuery(() => lastChangeSeq(db), [db]);
  const check = useCallback(() => {
    if (state.step !== 'mapping') return;
    const { source, setup } = state;
    const settled = source.whole
      ? settledCheck(early.current, source.whole, setup, newestSeq)
      : null;
    if (settled && source.whole) setState(reviewOf(source.whole, setup, settled, ctx.now()));
    else setState({ step: 'checking', source, setup, rowsChecked: 0 });
  }, [ctx, newestSeq, state]);

  // Check rows runs once the whole file is parsed, at once if it already is, and uses the early
  // check when it still stands.
  const checking = state.step === 'checking' ? state : null;
  const checkingWhole = checking?.source.whole ?? null;
  const checkingSetup = checking?.setup ?? null;
  useEffect(() => {
    if (!checkingWhole || !checkingSetup) return;
    const source = checkingWhole;
    const setup = checkingSetup;
    let current = true;
    const showChecked = (rowsChecked: number) => {
      if (current) setState((s) => (s.step === 'checking' ? { ...s, rowsChecked } : s));
    };
    const finish = async () => {
      const started = early.current;
      const reusable = await stillValid(db, started, source, setup).catch(() => false);
      let rowCheck: RowCheck;
      if (started && reusable) {
        rowCheck = started;
      } else {
        started?.cancel();
        rowCheck = startRowCheck(db, source, setup);
        early.current = rowCheck;
      }
      showChecked(rowCheck.rowsChecked);
      rowCheck.follow(showChecked);
      const checked = await rowCheck.result;
      if (checked === null || !current) return;
      setState(reviewOf(source, setup, checked, ctx.now()));
    };
    void finish();
    return () => {
      current = false;
    };
  }, [ctx, db, checkingWhole, checkingSetup]);

  const backToMapping = useCallback(() => {
    setState((s) =>
      s.step === 'review'
        ? {
            step: 'mapping',
            source: { file: s.source.file, head: s.source.csv, whole: s.source, progress: null },
            setup: s.setup,
          }
        : s,
    );
  }, []);

  /** Re-reads the rows with new answers; cheap enough (≈250 ms per 10,000 rows) to do inline. */
  const reReview = useCallback((change: (inputs: ReviewInputs) => ReviewInputs) => {
    setState((s) => {
      if (s.step !== 'review') return s;
      const inputs = change(s.inputs);
      const review = runReview(s.source, s.setup, s.existing, inputs);
      return {
        ...s,
        inputs: { ...inputs, dateQuestions: mergeQuestions(inputs.dateQuestions, review) },
        review,
        commitError: null,
      };
    });
  }, []);

  const setDateOrder = useCallback(
    (column: string, order: DateOrder) =>
      reReview((inputs) => ({
        ...inputs,
        dateOrders: new Map(inputs.dateOrders).set(column, order),
      })),
    [reReview],
  );

  const setLifecycleAnswer = useCallback(
    (key: string, answer: LifecycleAnswer) =>
      reReview((inputs) => ({
        ...inputs,
        lifecycleAnswers: new Map(inputs.lifecycleAnswers).set(key, answer),
      })),
    [reReview],
  );

  const applyLossRules = useCallback(
    (lossRules: LossRule[]) =>
      reReview((inputs) => ({ ...inputs, lossRules, lossRulesEdited: true })),
    [reReview],
  );

  const updateChoices = useCallback((change: (choices: ImportChoices) => ImportChoices) => {
    setState((s) => (s.step === 'review' ? { ...s, choices: change(s.choices) } : s));
  }, []);

  const decide = useCallback(
    (key: string, decision: DuplicateDecision) =>
      updateChoices((c) => ({ ...c, duplicates: new Map(c.duplicates).set(key, decision) })),
    [updateChoices],
  );

  const decideAll = useCallback(
    (decision: DuplicateDecision) =>
      updateChoices((c) => ({ ...c, allDuplicates: decision, duplicates: new Map() })),
    [updateChoices],
  );

  const classify = useCallback(
    (reason: string, category: FailureCategory | null) =>
      updateChoices((c) => {
        const lossCategories = new Map(c.lossCategories);
        if (category === null) lossCategories.delete(reason);
        else lossCategories.set(reason, category);
        return { ...c, lossCategories };
      }),
    [updateChoices],
  );

  const chooseConflict = useCallback(
    (key: string, choice: ConflictChoice) =>
      updateChoices((c) => ({
        ...c,
        accountConflicts: new Map(c.accountConflicts).set(key, choice),
      })),
    [updateChoices],
  );

  // Keyed on what the plan is made of, not on the whole state: marking the dialog as
  // committing must not re-plan 10,000 rows in the same click. The commit writes this plan.
  const reviewing = state.step === 'review' ? state : null;
  const review = reviewing?.review;
  const choices = reviewing?.choices;
  const fileName = reviewing?.source.file.name;
  const reviewedAt = reviewing?.reviewedAt;
  const planned = useMemo<ImportPlanResult | null>(
    () =>
      review && choices && fileName !== undefined && reviewedAt
        ? planFor({ review, choices }, fileName, reviewedAt)
        : null,
    [review, choices, fileName, reviewedAt],
  );
  const preview = useMemo(() => (planned ? previewOf(planned) : null), [planned]);

  const undo = useCallback(
    async (importId: string, fileName: string) => {
      const mark = (undoState: UndoState) =>
        setState((s) =>
          s.step === 'done' && s.result.importId === importId ? { ...s, undo: undoState } : s,
        );
      mark({ status: 'working' });
      try {
        const report = await undoImportCommand(ctx, { importId, fileName });
        mark({ status: 'undone', message: report.message });
        toast({ message: report.message });
      } catch (error) {
        const message = problemMessage(error);
        mark({ status: 'refused', message });
        toast({ message: `Could not undo: ${message}`, tone: 'error' });
      }
    },
    [ctx, toast],
  );

  const commit = useCallback(async () => {
    if (state.step !== 'review' || state.writing || !planned) return;
    const reviewed = state;
    const fileName = reviewed.source.file.name;
    if (!planned.ok) {
      setState({ ...reviewed, commitError: planned.reason });
      return;
    }
    const plan = planWrittenAt(planned.plan, ctx.now());
    const total = recordsToWrite(plan);
    setState({ ...reviewed, writing: { written: 0, total }, commitError: null });
    // A render per chunk of 500 would compete with the write for the thread; a few a second
    // are enough for a bar.
    let shownAt = performance.now();
    const onProgress = (written: number) => {
      const now = performance.now();
      if (now - shownAt < PROGRESS_EVERY_MS || written >= total) return;
      shownAt = now;
      setState((s) =>
        s.step === 'review' && s.writing ? { ...s, writing: { written, total } } : s,
      );
    };
    const { kind } = reviewed.setup;
    let importId = '';
    const result = await run(commitImportCommand(ctx, { plan, fileName, onProgress }), {
      failed: 'Nothing was written',
      undoLabel: 'Undo import',
      onFailed: (sentence) => setState({ ...reviewed, commitError: sentence }),
      onDone: (done) => {
        importId = done.importId;
        setState({ step: 'done', fileName, kind, result: done, undo: { status: 'idle' } });
      },
      // The toast's Undo import marks the summary too, as the summary's own button does.
      onUndone: (report) =>
        setState((s) =>
          s.step === 'done' && s.result.importId === importId
            ? { ...s, undo: { status: 'undone', message: report.message } }
            : s,
        ),
    });
    if (result === undefined) return;
    // Remembered only once the import went through, so a mapping that failed is not kept.
    const { preset, mapping } = reviewed.setup;
    const { lossRules, lossRulesEdited } = reviewed.inputs;
    await run(
      rememberImportSettingsCommand(ctx, {
        preset,
        mapping,
        lossRules: lossRulesEdited ? lossRules : null,
      }),
      {
        failed: 'The import is saved, but its column mapping could not be remembered',
        quiet: true,
      },
    );
  }, [ctx, planned, run, state]);

  const restart = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    generation.current += 1;
    setState(INITIAL_IMPORT_STATE);
  }, []);

  return {
    state,
    delimiter,
    setDelimiter,
    read,
    cancelRead,
    choosePreset,
    setTarget,
    mappingIssues,
    check,
    backToMapping,
    setDateOrder,
    setLifecycleAnswer,
    applyLossRules,
    decide,
    decideAll,
    classify,
    chooseConflict,
    preview,
    commit,
    undo,
    restart,
  };
}
