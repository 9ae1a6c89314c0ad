import {
  AGREED_LABELS,
  changedAgreedFields,
  canDeleteExperiment,
  canEditCriteria,
  endExperimentEarly,
  finishExperiment,
  STARTED_NOT_DELETABLE,
  startExperiment,
  type ExperimentFinish,
} from '../domain/experiments';
import { experimentSchema, type Experiment } from '../domain/schemas/experiment';
import type { WorkspaceDb } from './schema';
import { modifyChecked, recordAdder } from './recordWrites';

export interface ExperimentDetails {
  icpVersionId: string | null;
  hypothesis: string;
  targetSegment: string;
  successCriteria: string;
  startDate: string | null;
  endDate: string | null;
}

/** Newest first: the experiment being planned or run is the one the team looks for. */
export async function listExperiments(db: WorkspaceDb): Promise<Experiment[]> {
  const all = await db.experiments.toArray();
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

/** Every experiment starts planned: it runs only once its criteria are agreed. */
export const createExperiment = recordAdder(
  (db) => db.experiments,
  experimentSchema,
  (details: ExperimentDetails) => ({
    ...details,
    status: 'planned',
    result: null,
    outcome: null,
  }),
);

/** Read and write in one transaction, so a start in another tab cannot slip under an edit. */
async function change(
  db: WorkspaceDb,
  id: string,
  now: string,
  edit: (experiment: Experiment) => Experiment,
): Promise<Experiment> {
  return modifyChecked(
    db,
    db.experiments,
    experimentSchema,
    id,
    'This experiment no longer exists.',
    (current) => ({
      ...edit(current),
      updatedAt: now,
    }),
  );
}

export function updateExperiment(
  db: WorkspaceDb,
  id: string,
  details: Partial<ExperimentDetails>,
  now: string,
): Promise<Experiment> {
  return change(db, id, now, (current) => {
    if (!canEditCriteria(current)) {
      const changed = changedAgreedFields(current, details);
      if (changed.length > 0) {
        const names = changed.map((f) => AGREED_LABELS[f]).join(', ');
        throw new Error(
          `${names} cannot change: they were locked when the experiment started, so the result is judged against what was agreed.`,
        );
      }
    }
    return { ...current, ...details };
  });
}

export function startExperimentById(
  db: WorkspaceDb,
  id: string,
  today: string,
  now: string,
): Promise<Experiment> {
  return change(db, id, now, (current) => startExperiment(current, today));
}

export function finishExperimentById(
  db: WorkspaceDb,
  id: string,
  finish: ExperimentFinish,
  today: string,
  now: string,
): Promise<Experiment> {
  return change(db, id, now, (current) => finishExperiment(current, finish, today));
}

export function endExperimentEarlyById(
  db: WorkspaceDb,
  id: string,
  reason: string,
  today: string,
  now: string,
): Promise<Experiment> {
  return change(db, id, now, (current) => endExperimentEarly(current, reason, today));
}

/** Returns the deleted plan so an Undo can put it back exactly as it was. */
export async function deleteExperiment(db: WorkspaceDb, id: string): Promise<Experiment> {
  return db.transaction('rw', db.experiments, async () => {
    const current = await db.experiments.get(id);
    if (!current) throw new Error('This experiment no longer exists.');
    if (!canDeleteExperiment(current)) throw new Error(STARTED_NOT_DELETABLE);
    await db.experiments.delete(id);
    return current;
  });
}
