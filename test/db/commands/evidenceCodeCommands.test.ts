import { describe, expect, it } from 'vitest';
import {
  createCodeCommand,
  deleteCodeCommand,
  mergeCodesCommand,
  saveCodeCommand,
} from '../../../src/commands/codeCommands';
import { updateCode, type CodeDetails } from '../../../src/db/codesRepo';
import { addHighlightCode } from '../../../src/db/highlightsRepo';
import type { WorkspaceDb } from '../../../src/db/schema';
import { freshDb } from '../freshDb';
import { code, finding, LATER, NOW, quote } from './evidenceFixtures';
import { fixedContext } from './fixedContext';
import { loggedWrite, undone } from './evidenceUndo';

/** A: "Manual reporting" with a sub-code; B: "Spreadsheet reporting"; two quotes and a finding on A. */
async function seeded(): Promise<WorkspaceDb> {
  const db = freshDb();
  await db.codes.bulkPut([
    code('a', 'Manual reporting'),
    code('a-child', 'Weekly report by hand', 'a'),
    code('b', 'Spreadsheet reporting'),
  ]);
  await db.highlights.bulkPut([quote('q1', ['a']), quote('q2', ['a', 'b']), quote('q3', ['b'])]);
  await db.findings.put(finding('f1', { codeIds: ['a'] }));
  return db;
}

const details: Omit<CodeDetails, 'colour'> = {
  name: 'Manual reporting',
  kind: 'pain_point',
  description: null,
  parentId: null,
};

describe('createCodeCommand', () => {
  it('adds a code with the context’s id, time and its kind’s colour', async () => {
    const db = freshDb();
    const { result: outcome, log } = await loggedWrite(db, () =>
      createCodeCommand(fixedContext(db, NOW, 'new'), {
        name: 'Slow onboarding',
        kind: 'pain_point',
      }),
    );
    expect(outcome.message).toBe('Created “Slow onboarding”');
    expect(await db.codes.get('new-1')).toMatchObject({
      name: 'Slow onboarding',
      colour: '#b82e2e',
      createdAt: NOW,
    });
    expect(log).toEqual(['codes new-1 put local']);
    expect(outcome.undo).toBeUndefined();
  });

  it('refuses a name another code has in any case, writing nothing', async () => {
    const db = await seeded();
    const { result, log } = await loggedWrite(db, () =>
      createCodeCommand(fixedContext(db, NOW, 'new'), {
        name: 'MANUAL reporting',
        kind: 'outcome',
      }).catch((error: unknown) => error),
    );
    expect(result).toEqual(new Error('A code named “Manual reporting” already exists.'));
    expect(log).toEqual([]);
  });
});

describe('saveCodeCommand', () => {
  it('creates a code with its details', async () => {
    const db = freshDb();
    const { result: outcome, log } = await loggedWrite(db, () =>
      saveCodeCommand(fixedContext(db, NOW, 'new'), {
        code: null,
        details: { ...details, kind: 'outcome', description: 'Hours a week' },
      }),
    );
    expect(await db.codes.get('new-1')).toMatchObject({
      name: 'Manual reporting',
      kind: 'outcome',
      description: 'Hours a week',
    });
    // The create and the details it sets are two puts of the one record.
    expect(log).toEqual(['codes new-1 put local', 'codes new-1 put local']);
    expect(outcome.undo).toBeUndefined();
  });

  it('edits a code, keeping its colour, and Undo puts it back as it was', async () => {
    const db = await seeded();
    const a = code('a', 'Manual reporting');
    const { result: outcome, log } = await loggedWrite(db, () =>
      saveCodeCommand(fixedContext(db, NOW, 'new'), {
        code: a,
        details: { ...details, name: 'By hand' },
      }),
    );
    expect(outcome.message).toBe('Saved “By hand”');
    expect(await db.codes.get('a')).toMatchObject({
      name: 'By hand',
      colour: a.colour,
      updatedAt: NOW,
    });
    expect(log).toEqual(['codes a put local']);

    const undo = await undone(db, outcome);
    expect(await db.codes.get('a')).toEqual(a);
    expect(undo.log).toEqual(['codes a put undo']);
    expect(undo.report).toEqual({ message: '“Manual reporting” is back as it was.', kept: 0 });
  });

  it('Undo keeps a code edited again since', async () => {
    const db = await seeded();
    const a = code('a', 'Manual reporting');
    const outcome = await saveCodeCommand(fixedContext(db, NOW, 'new'), {
      code: a,
      details: { ...details, name: 'By hand' },
    });
    await updateCode(db, 'a', { ...details, name: 'By hand, weekly', colour: a.colour }, LATER);
    const { report, log } = await undone(db, outcome);
    expect(report).toEqual({
      message: 'The code was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(log).toEqual([]);
    expect((await db.codes.get('a'))?.name).toBe('By hand, weekly');
  });
});

describe('deleteCodeCommand', () => {
  it('deletes a code from the codebook and its quotes, and Undo puts all back', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      deleteCodeCommand(fixedContext(db, NOW, 'new'), { id: 'a', name: 'Manual reporting' }),
    );
    expect(outcome.message).toBe('Deleted “Manual reporting”; removed from 2 quotes');
    expect(await db.codes.get('a')).toBeUndefined();
    expect((await db.highlights.get('q2'))?.codeIds).toEqual(['b']);
    expect((await db.codes.get('a-child'))?.parentId).toBeNull();
    expect(log).toEqual([
      'codes a delete local',
      'codes a-child put local',
      'findings f1 put local',
      'highlights q1 put local',
      'highlights q2 put local',
    ]);

    const undo = await undone(db, outcome);
    expect(await db.codes.get('a')).toEqual(code('a', 'Manual reporting'));
    expect((await db.codes.get('a-child'))?.parentId).toBe('a');
    expect((await db.highlights.get('q2'))?.codeIds).toEqual(['a', 'b']);
    expect((await db.findings.get('f1'))?.codeIds).toEqual(['a']);
    expect(undo.log).toEqual([
      'codes a put undo',
      'codes a-child put undo',
      'findings f1 put undo',
      'highlights q1 put undo',
      'highlights q2 put undo',
    ]);
    expect(undo.report).toEqual({ message: '“Manual reporting” is back.', kept: 0 });
  });

  it('Undo keeps a quote coded since and a quote deleted since', async () => {
    const db = await seeded();
    const outcome = await deleteCodeCommand(fixedContext(db, NOW, 'new'), {
      id: 'a',
      name: 'Manual reporting',
    });
    await addHighlightCode(db, 'q1', 'b', LATER);
    await db.highlights.delete('q2');
    const { report } = await undone(db, outcome);
    expect(report).toEqual({
      message: '“Manual reporting” is back. 2 quotes edited since then were kept as edited.',
      kept: 2,
    });
    expect((await db.highlights.get('q1'))?.codeIds).toEqual(['b']);
    expect(await db.highlights.get('q2')).toBeUndefined();
    expect(await db.codes.get('a')).toBeDefined();
  });
});

describe('mergeCodesCommand', () => {
  it('moves quotes and sub-codes to the target, and Undo moves them back', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      mergeCodesCommand(fixedContext(db, NOW, 'new'), {
        source: { id: 'a', name: 'Manual reporting' },
        targetId: 'b',
      }),
    );
    expect(outcome.message).toBe(
      'Merged “Manual reporting” into “Spreadsheet reporting”; 2 quotes moved',
    );
    expect((await db.highlights.get('q1'))?.codeIds).toEqual(['b']);
    expect((await db.codes.get('a-child'))?.parentId).toBe('b');
    expect(log).toEqual([
      'codes a delete local',
      'codes a-child put local',
      'findings f1 put local',
      'highlights q1 put local',
      'highlights q2 put local',
    ]);

    const undo = await undone(db, outcome);
    expect((await db.highlights.get('q1'))?.codeIds).toEqual(['a']);
    expect((await db.codes.get('a-child'))?.parentId).toBe('a');
    expect(undo.log).toEqual([
      'codes a put undo',
      'codes a-child put undo',
      'findings f1 put undo',
      'highlights q1 put undo',
      'highlights q2 put undo',
    ]);
    expect(undo.report.kept).toBe(0);
  });

  it('Undo keeps a finding and a sub-code edited since, and says so', async () => {
    const db = await seeded();
    const outcome = await mergeCodesCommand(fixedContext(db, NOW, 'new'), {
      source: { id: 'a', name: 'Manual reporting' },
      targetId: 'b',
    });
    await db.findings.update('f1', { statement: 'Reworded' });
    await updateCode(
      db,
      'a-child',
      { ...details, name: 'Weekly by hand', colour: '#b82e2e', parentId: 'b' },
      LATER,
    );
    const { report } = await undone(db, outcome);
    expect(report).toEqual({
      message:
        '“Manual reporting” is back. 1 finding edited since then was kept as edited. 1 code edited since then was kept as edited.',
      kept: 2,
    });
    expect(await db.findings.get('f1')).toMatchObject({ statement: 'Reworded', codeIds: ['b'] });
    expect((await db.codes.get('a-child'))?.parentId).toBe('b');
    expect((await db.highlights.get('q1'))?.codeIds).toEqual(['a']);
  });

  it('refuses to merge a code into itself, writing nothing', async () => {
    const db = await seeded();
    const { result, log } = await loggedWrite(db, () =>
      mergeCodesCommand(fixedContext(db, NOW, 'new'), {
        source: { id: 'a', name: 'Manual reporting' },
        targetId: 'a',
      }).catch((error: unknown) => error),
    );
    expect(result).toEqual(new Error('Pick a different code to merge into.'));
    expect(log).toEqual([]);
  });
});
