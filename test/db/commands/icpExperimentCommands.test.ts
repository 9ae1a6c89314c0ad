import { describe, expect, it } from 'vitest';
import {
  createExperimentCommand,
  deleteExperimentCommand,
  endExperimentEarlyCommand,
  finishExperimentCommand,
  startExperimentCommand,
  updateExperimentCommand,
} from '../../../src/commands/experimentCommands';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import { updateExperiment } from '../../../src/db/experimentsRepo';
import { EXPERIMENT_DETAILS } from '../../fixtures/records';
import { freshDb } from '../freshDb';
import { logged } from '../loggedChanges';
import { fixedContext } from './fixedContext';

const NOW = '2026-03-31T12:00:00.000Z';
const LATER = '2026-04-02T09:00:00.000Z';
const details = EXPERIMENT_DETAILS;

async function planned() {
  const db = freshDb();
  const ctx = fixedContext(db, NOW);
  const { result } = await createExperimentCommand(ctx, details);
  return { db, ctx, id: result.id };
}

describe('experiment commands', () => {
  it('plans an experiment; its Undo deletes the plan unless it was edited since', async () => {
    const db = freshDb();
    const ctx = fixedContext(db, NOW);
    const seq = await lastChangeSeq(db);
    const { result, message, undo } = await createExperimentCommand(ctx, details);
    expect(message).toBe('Experiment planned.');
    expect(await db.experiments.get('id-1')).toMatchObject({ status: 'planned', createdAt: NOW });
    expect(result.id).toBe('id-1');
    expect(logged(await changesSince(db, seq))).toEqual(['experiments id-1 put local']);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({ message: 'The planned experiment was removed.', kept: 0 });
    expect(await db.experiments.get('id-1')).toBeUndefined();
    expect(logged(await changesSince(db, undoSeq))).toEqual(['experiments id-1 delete undo']);

    const again = await createExperimentCommand(ctx, details);
    await updateExperiment(db, again.result.id, { hypothesis: 'Edited' }, LATER);
    expect(await again.undo?.()).toEqual({
      message: 'The experiment was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(await db.experiments.get(again.result.id)).toMatchObject({ hypothesis: 'Edited' });
  });

  it('saves an edit; its Undo puts the experiment back as it was', async () => {
    const { db, id } = await planned();
    const before = await db.experiments.get(id);
    const seq = await lastChangeSeq(db);

    const later = fixedContext(db, LATER);
    const { message, undo } = await updateExperimentCommand(later, {
      id,
      details: { hypothesis: 'Series B fintechs close faster' },
    });
    expect(message).toBe('Experiment saved.');
    expect(await db.experiments.get(id)).toMatchObject({
      hypothesis: 'Series B fintechs close faster',
      updatedAt: LATER,
    });
    expect(logged(await changesSince(db, seq))).toEqual(['experiments id-1 put local']);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({ message: 'The experiment is back as it was.', kept: 0 });
    expect(await db.experiments.get(id)).toEqual(before);
    expect(logged(await changesSince(db, undoSeq))).toEqual(['experiments id-1 put undo']);
  });

  it('keeps an edit made after the one being undone', async () => {
    const { db, ctx, id } = await planned();
    const { undo } = await updateExperimentCommand(ctx, { id, details: { hypothesis: 'First' } });
    await updateExperiment(db, id, { targetSegment: 'Edited in another tab' }, LATER);

    expect(await undo?.()).toEqual({
      message: 'The experiment was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(await db.experiments.get(id)).toMatchObject({
      hypothesis: 'First',
      targetSegment: 'Edited in another tab',
    });
  });

  it('starts on the context’s date, locking the criteria; Undo unlocks them again', async () => {
    const { db, id } = await planned();
    const seq = await lastChangeSeq(db);
    const later = fixedContext(db, LATER);

    const { result, message, undo } = await startExperimentCommand(later, id);
    expect(message).toBe('Experiment started: its criteria are locked.');
    expect(result).toMatchObject({ status: 'running', startDate: '2026-04-02' });
    expect(logged(await changesSince(db, seq))).toEqual(['experiments id-1 put local']);
    await expect(
      updateExperimentCommand(later, { id, details: { successCriteria: 'Anything' } }),
    ).rejects.toThrow('Success criteria cannot change');

    await undo?.();
    expect(await db.experiments.get(id)).toMatchObject({ status: 'planned', startDate: null });
  });

  it('finishes or ends early with the result on record; Undo reopens it', async () => {
    const { db, ctx, id } = await planned();
    await startExperimentCommand(ctx, id);
    const finished = await finishExperimentCommand(fixedContext(db, LATER), {
      id,
      finish: { result: '7 of 10 closed', outcome: 'met' },
    });
    expect(finished.message).toBe('Experiment finished.');
    expect(await db.experiments.get(id)).toMatchObject({
      status: 'done',
      result: '7 of 10 closed',
      endDate: '2026-04-02',
    });
    const undoSeq = await lastChangeSeq(db);
    await finished.undo?.();
    expect(await db.experiments.get(id)).toMatchObject({ status: 'running', result: null });
    expect(logged(await changesSince(db, undoSeq))).toEqual(['experiments id-1 put undo']);

    const ended = await endExperimentEarlyCommand(ctx, { id, reason: 'Budget frozen' });
    expect(ended.message).toBe('Experiment ended early; it stays on record with the reason.');
    expect(await db.experiments.get(id)).toMatchObject({ status: 'done', endedEarly: true });
  });

  it('deletes a plan; its Undo puts it back unless one with its id exists again', async () => {
    const { db, ctx, id } = await planned();
    const before = await db.experiments.get(id);
    const seq = await lastChangeSeq(db);

    const { message, undo } = await deleteExperimentCommand(ctx, id);
    expect(message).toBe('Experiment deleted.');
    expect(await db.experiments.get(id)).toBeUndefined();
    expect(logged(await changesSince(db, seq))).toEqual(['experiments id-1 delete local']);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({ message: 'The experiment is back.', kept: 0 });
    expect(await db.experiments.get(id)).toEqual(before);
    expect(logged(await changesSince(db, undoSeq))).toEqual(['experiments id-1 put undo']);
    expect((await undo?.())?.kept).toBe(1);
  });

  it('refuses to delete a started experiment, writing nothing', async () => {
    const { db, ctx, id } = await planned();
    await startExperimentCommand(ctx, id);
    const seq = await lastChangeSeq(db);
    await expect(deleteExperimentCommand(ctx, id)).rejects.toThrow();
    expect(await changesSince(db, seq)).toEqual([]);
  });
});
