import { describe, expect, it } from 'vitest';
import {
  addHighlightCodeCommand,
  createHighlightCommand,
  deleteHighlightCommand,
  removeHighlightCodeCommand,
  setHighlightTraitsCommand,
} from '../../../src/commands/highlightCommands';
import { updateHighlightTraits } from '../../../src/db/highlightsRepo';
import type { WorkspaceDb } from '../../../src/db/schema';
import { freshDb } from '../freshDb';
import { LATER, NOW, quote } from './evidenceFixtures';
import { fixedContext } from './fixedContext';
import { loggedWrite, undone } from './evidenceUndo';

const slow = { id: 'c-slow', name: 'Slow onboarding' };

async function seeded(): Promise<WorkspaceDb> {
  const db = freshDb();
  await db.highlights.put(quote('h1', ['c-old']));
  return db;
}

describe('createHighlightCommand', () => {
  it('creates a quote with the context’s id and time, and Undo takes it out', async () => {
    const db = freshDb();
    const { result: outcome, log } = await loggedWrite(db, () =>
      createHighlightCommand(fixedContext(db, NOW, 'new'), {
        interviewId: 'int-1',
        accountId: 'acc-1',
        anchor: quote('x').anchor,
        codeIds: [slow.id, slow.id],
      }),
    );
    expect(await db.highlights.get('new-1')).toMatchObject({
      codeIds: [slow.id],
      createdAt: NOW,
      interviewId: 'int-1',
    });
    expect(log).toEqual(['highlights new-1 put local']);

    const undo = await undone(db, outcome);
    expect(await db.highlights.get('new-1')).toBeUndefined();
    expect(undo.log).toEqual(['highlights new-1 delete undo']);
    expect(undo.report.kept).toBe(0);
  });

  it('Undo keeps a quote coded since', async () => {
    const db = freshDb();
    const ctx = fixedContext(db, NOW, 'new');
    const outcome = await createHighlightCommand(ctx, {
      interviewId: 'int-1',
      accountId: 'acc-1',
      anchor: quote('x').anchor,
      codeIds: [],
    });
    await addHighlightCodeCommand(ctx, { highlightId: 'new-1', code: slow });
    const { report, log } = await undone(db, outcome);
    expect(report).toEqual({
      message: 'The quote was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(log).toEqual([]);
    expect((await db.highlights.get('new-1'))?.codeIds).toEqual([slow.id]);
  });
});

describe('addHighlightCodeCommand and removeHighlightCodeCommand', () => {
  it('codes a quote, and Undo takes the code off again', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      addHighlightCodeCommand(fixedContext(db, NOW, 'new'), { highlightId: 'h1', code: slow }),
    );
    expect(outcome.message).toBe('Coded as Slow onboarding');
    expect(await db.highlights.get('h1')).toMatchObject({
      codeIds: ['c-old', slow.id],
      updatedAt: NOW,
    });
    expect(log).toEqual(['highlights h1 put local']);

    const undo = await undone(db, outcome);
    expect(await db.highlights.get('h1')).toEqual(quote('h1', ['c-old']));
    expect(undo.log).toEqual(['highlights h1 put undo']);
    expect(undo.report.kept).toBe(0);
  });

  it('Undo keeps traits set on the quote since', async () => {
    const db = await seeded();
    const outcome = await addHighlightCodeCommand(fixedContext(db, NOW, 'new'), {
      highlightId: 'h1',
      code: slow,
    });
    await updateHighlightTraits(db, 'h1', ['t1'], LATER);
    const { report, log } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect(log).toEqual([]);
    expect(await db.highlights.get('h1')).toMatchObject({
      codeIds: ['c-old', slow.id],
      traitIds: ['t1'],
    });
  });

  it('removes a code, and Undo puts it back', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      removeHighlightCodeCommand(fixedContext(db, NOW, 'new'), {
        highlightId: 'h1',
        code: { id: 'c-old', name: 'Old' },
      }),
    );
    expect(outcome.message).toBe('Removed Old');
    expect((await db.highlights.get('h1'))?.codeIds).toEqual([]);
    expect(log).toEqual(['highlights h1 put local']);

    const undo = await undone(db, outcome);
    expect((await db.highlights.get('h1'))?.codeIds).toEqual(['c-old']);
    expect(undo.log).toEqual(['highlights h1 put undo']);
  });

  it('fails for a quote that is gone, writing nothing', async () => {
    const db = freshDb();
    const { result, log } = await loggedWrite(db, () =>
      addHighlightCodeCommand(fixedContext(db, NOW, 'new'), {
        highlightId: 'gone',
        code: slow,
      }).catch((error: unknown) => error),
    );
    expect(result).toEqual(new Error('This quote no longer exists.'));
    expect(log).toEqual([]);
  });
});

describe('setHighlightTraitsCommand', () => {
  it('tags a quote with exactly the traits given, and Undo puts the old ones back', async () => {
    const db = await seeded();
    await updateHighlightTraits(db, 'h1', ['t0'], NOW);
    const { result: outcome, log } = await loggedWrite(db, () =>
      setHighlightTraitsCommand(fixedContext(db, NOW, 'new'), {
        highlightId: 'h1',
        traitIds: ['t1', 't1'],
      }),
    );
    expect((await db.highlights.get('h1'))?.traitIds).toEqual(['t1']);
    expect(log).toEqual(['highlights h1 put local']);

    const undo = await undone(db, outcome);
    expect((await db.highlights.get('h1'))?.traitIds).toEqual(['t0']);
    expect(undo.log).toEqual(['highlights h1 put undo']);
  });

  it('Undo keeps a code added since', async () => {
    const db = await seeded();
    const ctx = fixedContext(db, NOW, 'new');
    const outcome = await setHighlightTraitsCommand(ctx, { highlightId: 'h1', traitIds: ['t1'] });
    await addHighlightCodeCommand(ctx, { highlightId: 'h1', code: slow });
    const { report } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect(await db.highlights.get('h1')).toMatchObject({
      traitIds: ['t1'],
      codeIds: ['c-old', slow.id],
    });
  });
});

describe('deleteHighlightCommand', () => {
  it('deletes a quote, and Undo puts it back exactly as it was', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      deleteHighlightCommand(fixedContext(db, NOW, 'new'), 'h1'),
    );
    expect(outcome.message).toBe('Quote deleted');
    expect(await db.highlights.get('h1')).toBeUndefined();
    expect(log).toEqual(['highlights h1 delete local']);

    const undo = await undone(db, outcome);
    expect(await db.highlights.get('h1')).toEqual(quote('h1', ['c-old']));
    expect(undo.log).toEqual(['highlights h1 put undo']);
    expect(undo.report).toEqual({ message: 'The quote is back.', kept: 0 });
  });

  it('offers no Undo when the quote was already gone', async () => {
    const db = freshDb();
    const outcome = await deleteHighlightCommand(fixedContext(db, NOW, 'new'), 'gone');
    expect(outcome).toEqual({ result: null, message: 'The quote was already deleted' });
  });

  it('Undo keeps a quote that is back under the same id already', async () => {
    const db = await seeded();
    const outcome = await deleteHighlightCommand(fixedContext(db, NOW, 'new'), 'h1');
    await db.highlights.put(quote('h1', ['c-new']));
    const { report, log } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect(log).toEqual([]);
    expect((await db.highlights.get('h1'))?.codeIds).toEqual(['c-new']);
  });
});
