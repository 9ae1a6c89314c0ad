import {
  createExperiment,
  deleteExperiment,
  endExperimentEarlyById,
  finishExperimentById,
  startExperimentById,
  updateExperiment,
  type ExperimentDetails,
} from '../db/experimentsRepo';
import type { ExperimentFinish } from '../domain/experiments';
import type { Experiment } from '../domain/schemas/experiment';
import { commandAdding, commandDeleting, commandEditing, type EditRecord } from './recordCommands';

/** The date an experiment starts or ends on: the day of the context's clock reading `now`. */
const today = (now: string) => now.slice(0, 10);

/** Every experiment starts planned. Its Undo deletes the plan, unless it was edited since. */
export const createExperimentCommand = commandAdding((db) => db.experiments, createExperiment, {
  what: 'experiment',
  message: 'Experiment planned.',
  undone: 'The planned experiment was removed.',
});

/**
 * One change to an existing experiment, whose Undo puts it back as it was before, unless it was
 * edited since: an edit, a start, a finish or an early end.
 */
const changingExperiment = <I extends string | { id: string }>(
  message: string,
  write: EditRecord<I, Experiment>,
) =>
  commandEditing(
    (db) => db.experiments,
    (input: I) => (typeof input === 'string' ? input : input.id),
    write,
    () => ({ what: 'experiment', message, undone: 'The experiment is back as it was.' }),
  );

export interface UpdateExperimentInput {
  id: string;
  details: Partial<ExperimentDetails>;
}

/** Refused for the agreed criteria once the experiment started. */
export const updateExperimentCommand = changingExperiment(
  'Experiment saved.',
  (db, { id, details }: UpdateExperimentInput, now) => updateExperiment(db, id, details, now),
);

export const startExperimentCommand = changingExperiment(
  'Experiment started: its criteria are locked.',
  (db, id: string, now) => startExperimentById(db, id, today(now), now),
);

export interface FinishExperimentInput {
  id: string;
  finish: ExperimentFinish;
}

export const finishExperimentCommand = changingExperiment(
  'Experiment finished.',
  (db, { id, finish }: FinishExperimentInput, now) =>
    finishExperimentById(db, id, finish, today(now), now),
);

export interface EndExperimentEarlyInput {
  id: string;
  reason: string;
}

export const endExperimentEarlyCommand = changingExperiment(
  'Experiment ended early; it stays on record with the reason.',
  (db, { id, reason }: EndExperimentEarlyInput, now) =>
    endExperimentEarlyById(db, id, reason, today(now), now),
);

/** Only a plan can be deleted. Its Undo puts it back, unless one with its id exists again. */
export const deleteExperimentCommand = commandDeleting((db) => db.experiments, deleteExperiment, {
  what: 'experiment',
  message: 'Experiment deleted.',
  undone: 'The experiment is back.',
  gone: 'The experiment was already deleted.',
});
