import { withSource } from '../db/changeLog';
import {
  createExperiment,
  deleteExperiment,
  endExperimentEarlyById,
  finishExperimentById,
  restoreExperiment,
  startExperimentById,
  updateExperiment,
  type ExperimentDetails,
} from '../db/experimentsRepo';
import type { ExperimentFinish } from '../domain/experiments';
import type { Experiment } from '../domain/schemas/experiment';
import type { CommandContext } from './context';
import { markedWrite, revertUnlessEdited, undoReport } from './recordUndo';
import type { CommandOutcome } from './outcome';

/** The date an experiment starts or ends on: today, by the context's clock. */
const today = (ctx: CommandContext) => ctx.now().slice(0, 10);

/** Every experiment starts planned. Its Undo deletes the plan, unless it was edited since. */
export async function createExperimentCommand(
  ctx: CommandContext,
  details: ExperimentDetails,
): Promise<CommandOutcome<Experiment>> {
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.experiments], () =>
    createExperiment(db, details, ctx.now(), ctx.newId()),
  );
  return {
    result,
    message: 'Experiment planned.',
    undo: async () => {
      const kept = await revertUnlessEdited(
        db,
        [db.experiments],
        'experiments',
        result.id,
        seq,
        () => deleteExperiment(db, result.id),
      );
      return undoReport(kept, 'The planned experiment was removed.', 'experiment');
    },
  };
}

/**
 * One change to an existing experiment, whose Undo puts it back as it was before, unless it was
 * edited since: an edit, a start, a finish or an early end.
 */
async function changeExperiment(
  ctx: CommandContext,
  id: string,
  message: string,
  write: () => Promise<Experiment>,
): Promise<CommandOutcome<Experiment>> {
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.experiments], async () => {
    const before = await db.experiments.get(id);
    if (!before) throw new Error('This experiment no longer exists.');
    return { before, after: await write() };
  });
  const { before, after } = result;
  return {
    result: after,
    message,
    undo: async () => {
      const kept = await revertUnlessEdited(db, [db.experiments], 'experiments', id, seq, () =>
        restoreExperiment(db, before),
      );
      return undoReport(kept, 'The experiment is back as it was.', 'experiment');
    },
  };
}

export interface UpdateExperimentInput {
  id: string;
  details: Partial<ExperimentDetails>;
}

/** Refused for the agreed criteria once the experiment started. */
export function updateExperimentCommand(
  ctx: CommandContext,
  { id, details }: UpdateExperimentInput,
): Promise<CommandOutcome<Experiment>> {
  return changeExperiment(ctx, id, 'Experiment saved.', () =>
    updateExperiment(ctx.db, id, details, ctx.now()),
  );
}

export function startExperimentCommand(
  ctx: CommandContext,
  id: string,
): Promise<CommandOutcome<Experiment>> {
  return changeExperiment(ctx, id, 'Experiment started: its criteria are locked.', () =>
    startExperimentById(ctx.db, id, today(ctx), ctx.now()),
  );
}

export interface FinishExperimentInput {
  id: string;
  finish: ExperimentFinish;
}

export function finishExperimentCommand(
  ctx: CommandContext,
  { id, finish }: FinishExperimentInput,
): Promise<CommandOutcome<Experiment>> {
  return changeExperiment(ctx, id, 'Experiment finished.', () =>
    finishExperimentById(ctx.db, id, finish, today(ctx), ctx.now()),
  );
}

export interface EndExperimentEarlyInput {
  id: string;
  reason: string;
}

export function endExperimentEarlyCommand(
  ctx: CommandContext,
  { id, reason }: EndExperimentEarlyInput,
): Promise<CommandOutcome<Experiment>> {
  return changeExperiment(
    ctx,
    id,
    'Experiment ended early; it stays on record with the reason.',
    () => endExperimentEarlyById(ctx.db, id, reason, today(ctx), ctx.now()),
  );
}

/** Only a plan can be deleted. Its Undo puts it back, unless one with its id exists again. */
export async function deleteExperimentCommand(
  ctx: CommandContext,
  id: string,
): Promise<CommandOutcome<null>> {
  const { db } = ctx;
  const deleted = await deleteExperiment(db, id);
  return {
    result: null,
    message: 'Experiment deleted.',
    undo: async () => {
      const back = await withSource(db, 'undo', [db.experiments], async () => {
        if (await db.experiments.get(id)) return false;
        await restoreExperiment(db, deleted);
        return true;
      });
      return back
        ? { message: 'The experiment is back.', kept: 0 }
        : { message: 'The experiment exists again, so it was kept as it is.', kept: 1 };
    },
  };
}
