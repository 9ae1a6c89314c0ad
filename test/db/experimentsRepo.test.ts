import { describe, expect, it } from 'vitest';
import {
  createExperiment,
  deleteExperiment,
  endExperimentEarlyById,
  finishExperimentById,
  listExperiments,
  startExperimentById,
  updateExperiment,
} from '../../src/db/experimentsRepo';
import { EXPERIMENT_DETAILS } from '../fixtures/records';
import { freshDb } from './freshDb';
import { restoreDeleted } from '../../src/db/recordUndo';

const NOW = '2026-03-31T12:00:00.000Z';
const LATER = '2026-04-01T09:00:00.000Z';
const details = EXPERIMENT_DETAILS;

describe('experiments repository', () => {
  it('creates a planned experiment and edits it freely before the start', async () => {
    const db = freshDb();
    const created = await createExperiment(db, details, NOW, 'e1');
    expect(created).toMatchObject({ status: 'planned', result: null, outcome: null });
    const edited = await updateExperiment(db, 'e1', { successCriteria: 'Under 45 days' }, LATER);
    expect(edited).toMatchObject({ successCriteria: 'Under 45 days', updatedAt: LATER });
    expect(await listExperiments(db)).toEqual([edited]);
  });

  it('refuses to change the agreed fields once started, with a message naming them', async () => {
    const db = freshDb();
    await createExperiment(db, details, NOW, 'e1');
    const started = await startExperimentById(db, 'e1', '2026-04-01', LATER);
    expect(started).toMatchObject({ status: 'running', startDate: '2026-04-01' });
    await expect(
      updateExperiment(
        db,
        'e1',
        { hypothesis: 'Something else', successCriteria: 'Easier' },
        LATER,
      ),
    ).rejects.toThrow(
      'Hypothesis, Success criteria cannot change: they were locked when the experiment started',
    );
    expect(await db.experiments.get('e1')).toEqual(started);
    // The planned end may still move: it is not part of what was agreed.
    const moved = await updateExperiment(
      db,
      'e1',
      { endDate: '2026-07-31', hypothesis: details.hypothesis },
      LATER,
    );
    expect(moved.endDate).toBe('2026-07-31');
  });

  it('refuses to start without agreed criteria, writing nothing', async () => {
    const db = freshDb();
    await createExperiment(db, { ...details, successCriteria: '' }, NOW, 'e1');
    await expect(startExperimentById(db, 'e1', '2026-04-01', LATER)).rejects.toThrow(
      'Agree on these before starting: Success criteria.',
    );
    expect((await db.experiments.get('e1'))?.status).toBe('planned');
  });

  it('finishes with a result and outcome', async () => {
    const db = freshDb();
    await createExperiment(db, details, NOW, 'e1');
    await startExperimentById(db, 'e1', '2026-04-01', LATER);
    const done = await finishExperimentById(
      db,
      'e1',
      { result: '7 of 10 closed in time', outcome: 'met' },
      '2026-05-15',
      LATER,
    );
    expect(done).toMatchObject({ status: 'done', outcome: 'met', endDate: '2026-05-15' });
    expect(await db.experiments.get('e1')).toEqual(done);
  });

  it('deletes and restores a planned experiment exactly', async () => {
    const db = freshDb();
    const planned = await createExperiment(db, details, NOW, 'e1');
    const deleted = await deleteExperiment(db, 'e1');
    expect(await db.experiments.count()).toBe(0);
    await restoreDeleted(db, db.experiments, deleted);
    expect(await db.experiments.get('e1')).toEqual(planned);
    await expect(deleteExperiment(db, 'missing')).rejects.toThrow('no longer exists');
  });

  it('refuses to delete a started experiment; it ends early with its reason kept', async () => {
    const db = freshDb();
    await createExperiment(db, details, NOW, 'e1');
    await startExperimentById(db, 'e1', '2026-04-01', LATER);
    await expect(deleteExperiment(db, 'e1')).rejects.toThrow('cannot be deleted');
    expect(await db.experiments.count()).toBe(1);
    await expect(endExperimentEarlyById(db, 'e1', '  ', '2026-04-10', LATER)).rejects.toThrow(
      'Say why',
    );
    const ended = await endExperimentEarlyById(
      db,
      'e1',
      'The segment was reassigned to another team',
      '2026-04-10',
      LATER,
    );
    expect(ended).toMatchObject({
      status: 'done',
      endedEarly: true,
      outcome: 'inconclusive',
      result: 'The segment was reassigned to another team',
      endDate: '2026-04-10',
    });
    await expect(deleteExperiment(db, 'e1')).rejects.toThrow('cannot be deleted');
  });
});
