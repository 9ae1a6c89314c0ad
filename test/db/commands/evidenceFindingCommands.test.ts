import { describe, expect, it } from 'vitest';
import {
  createFindingCommand,
  deleteFindingCommand,
  linkQuoteCommand,
  setFindingStatusCommand,
  unlinkQuoteCommand,
} from '../../../src/commands/findingCommands';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import { updateFindingStatement } from '../../../src/db/findingsRepo';
import type { WorkspaceDb } from '../../../src/db/schema';
import { freshDb } from '../freshDb';
import { logged } from '../loggedChanges';
import { finding, LATER, NOW } from './evidenceFixtures';
import { fixedContext } from './fixedContext';
import { undone } from './evidenceUndo';

async function seeded(): Promise<WorkspaceDb> {
  const db = freshDb();
  await db.findings.put(finding('f1', { highlightIds: ['h0'] }));
  return db;
}

describe('createFindingCommand', () => {
  it('adds a draft with the context’s id and time, logged as one local put', async () => {
    const db = freshDb();
    const seq = await lastChangeSeq(db);
    const outcome = await createFindingCommand(fixedContext(db, NOW, 'new'), {
      statement: 'Churners left over the missing sync',
      cohort: 'churner',
    });
    expect(outcome.message).toBe('Finding added as a draft');
    expect(await db.findings.get('new-1')).toMatchObject({
      statement: 'Churners left over the missing sync',
      status: 'draft',
      createdAt: NOW,
    });
    expect(logged(await changesSince(db, seq))).toEqual(['findings new-1 put local']);

    const { report, log } = await undone(db, outcome);
    expect(await db.findings.get('new-1')).toBeUndefined();
    expect(log).toEqual(['findings new-1 delete undo']);
    expect(report.kept).toBe(0);
  });

  it('writes nothing for an empty statement', async () => {
    const db = freshDb();
    const seq = await lastChangeSeq(db);
    await expect(
      createFindingCommand(fixedContext(db, NOW, 'new'), { statement: '  ', cohort: null }),
    ).rejects.toThrow(/Statement is required/);
    expect(await changesSince(db, seq)).toEqual([]);
  });

  it('Undo keeps a finding edited since', async () => {
    const db = freshDb();
    const outcome = await createFindingCommand(fixedContext(db, NOW, 'new'), {
      statement: 'Draft',
      cohort: null,
    });
    await updateFindingStatement(db, 'new-1', 'Reworded', LATER);
    const { report, log } = await undone(db, outcome);
    expect(report).toEqual({
      message: 'The finding was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(log).toEqual([]);
    expect((await db.findings.get('new-1'))?.statement).toBe('Reworded');
  });
});

describe('setFindingStatusCommand', () => {
  it('marks a finding accepted, and Undo makes it a draft again', async () => {
    const db = await seeded();
    const seq = await lastChangeSeq(db);
    const outcome = await setFindingStatusCommand(fixedContext(db, NOW, 'new'), {
      findingId: 'f1',
      status: 'accepted',
    });
    expect(outcome.message).toBe('Marked “Power users lose hours to manual reporting” accepted');
    expect(await db.findings.get('f1')).toMatchObject({ status: 'accepted', updatedAt: NOW });
    expect(logged(await changesSince(db, seq))).toEqual(['findings f1 put local']);

    const { report, log } = await undone(db, outcome);
    expect(await db.findings.get('f1')).toEqual(finding('f1', { highlightIds: ['h0'] }));
    expect(log).toEqual(['findings f1 put undo']);
    expect(report).toEqual({
      message: '“Power users lose hours to manual reporting” is a draft again.',
      kept: 0,
    });
  });

  it('Undo keeps a later edit of the finding, and says so', async () => {
    const db = await seeded();
    const outcome = await setFindingStatusCommand(fixedContext(db, NOW, 'new'), {
      findingId: 'f1',
      status: 'rejected',
    });
    await updateFindingStatement(db, 'f1', 'Reworded since', LATER);
    const { report, log } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect(report.message).toBe('The finding was edited since, so it was kept as edited.');
    expect(log).toEqual([]);
    expect(await db.findings.get('f1')).toMatchObject({
      statement: 'Reworded since',
      status: 'rejected',
    });
  });

  it('fails for a finding that is gone, writing nothing', async () => {
    const db = freshDb();
    const seq = await lastChangeSeq(db);
    await expect(
      setFindingStatusCommand(fixedContext(db, NOW, 'new'), {
        findingId: 'gone',
        status: 'accepted',
      }),
    ).rejects.toThrow('This finding no longer exists.');
    expect(await changesSince(db, seq)).toEqual([]);
  });
});

describe('linkQuoteCommand and unlinkQuoteCommand', () => {
  it('links a quote, and Undo unlinks it', async () => {
    const db = await seeded();
    const seq = await lastChangeSeq(db);
    const outcome = await linkQuoteCommand(fixedContext(db, NOW, 'new'), {
      findingId: 'f1',
      highlightId: 'h1',
    });
    expect(outcome.message).toBe('Quote linked to “Power users lose hours to manual reporting”');
    expect((await db.findings.get('f1'))?.highlightIds).toEqual(['h0', 'h1']);
    expect(logged(await changesSince(db, seq))).toEqual(['findings f1 put local']);

    const { report, log } = await undone(db, outcome);
    expect((await db.findings.get('f1'))?.highlightIds).toEqual(['h0']);
    expect(log).toEqual(['findings f1 put undo']);
    expect(report.kept).toBe(0);
  });

  it('Undo of a link keeps a quote linked since', async () => {
    const db = await seeded();
    const ctx = fixedContext(db, NOW, 'new');
    const outcome = await linkQuoteCommand(ctx, { findingId: 'f1', highlightId: 'h1' });
    await linkQuoteCommand(ctx, { findingId: 'f1', highlightId: 'h2' });
    const { report } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect((await db.findings.get('f1'))?.highlightIds).toEqual(['h0', 'h1', 'h2']);
  });

  it('unlinks a quote, and Undo links it again', async () => {
    const db = await seeded();
    const seq = await lastChangeSeq(db);
    const outcome = await unlinkQuoteCommand(fixedContext(db, NOW, 'new'), {
      findingId: 'f1',
      highlightId: 'h0',
    });
    expect((await db.findings.get('f1'))?.highlightIds).toEqual([]);
    expect(logged(await changesSince(db, seq))).toEqual(['findings f1 put local']);

    const { report, log } = await undone(db, outcome);
    expect((await db.findings.get('f1'))?.highlightIds).toEqual(['h0']);
    expect(log).toEqual(['findings f1 put undo']);
    expect(report.kept).toBe(0);
  });
});

describe('deleteFindingCommand', () => {
  it('deletes a finding, and Undo puts it back exactly as it was', async () => {
    const db = await seeded();
    const seq = await lastChangeSeq(db);
    const outcome = await deleteFindingCommand(fixedContext(db, NOW, 'new'), 'f1');
    expect(outcome.message).toBe('Deleted “Power users lose hours to manual reporting”');
    expect(await db.findings.get('f1')).toBeUndefined();
    expect(logged(await changesSince(db, seq))).toEqual(['findings f1 delete local']);

    const { report, log } = await undone(db, outcome);
    expect(await db.findings.get('f1')).toEqual(finding('f1', { highlightIds: ['h0'] }));
    expect(log).toEqual(['findings f1 put undo']);
    expect(report.kept).toBe(0);
  });

  it('Undo keeps a finding that is back under the same id already', async () => {
    const db = await seeded();
    const outcome = await deleteFindingCommand(fixedContext(db, NOW, 'new'), 'f1');
    await db.findings.put(finding('f1', { statement: 'Written again' }));
    const { report, log } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect(log).toEqual([]);
    expect((await db.findings.get('f1'))?.statement).toBe('Written again');
  });
});
