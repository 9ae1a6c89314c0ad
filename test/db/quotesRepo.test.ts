import { describe, expect, it } from 'vitest';
import { commandContext } from '../../src/commands/context';
import { bulkCodeCommand } from '../../src/commands/quoteCommands';
import { bulkEditQuotes, restoreQuotes } from '../../src/db/quotesRepo';
import { changesSince, lastChangeSeq } from '../../src/db/changeQueries';
import { WorkspaceDb } from '../../src/db/schema';
import { logged } from './loggedChanges';
import type { Code } from '../../src/domain/schemas/code';
import type { Highlight } from '../../src/domain/schemas/highlight';
import { freshDb } from './freshDb';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

function code(id: string): Code {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    name: `Code ${id}`,
    kind: 'pain_point',
    description: null,
    colour: '#b82e2e',
    parentId: null,
    pinned: false,
  };
}

function quote(id: string, codeIds: string[]): Highlight {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    interviewId: 'int-1',
    accountId: 'acc-1',
    codeIds,
    traitIds: ['trait-1'],
    anchor: { exact: `Quote ${id}`, prefix: '', suffix: '', start: 0, end: 8, source: 'notes' },
    speaker: 'Finn',
    comment: null,
  };
}

async function seed(db: WorkspaceDb) {
  await db.codes.bulkAdd([code('a'), code('b')]);
  await db.highlights.bulkAdd([quote('q1', ['a']), quote('q2', []), quote('q3', ['b', 'a'])]);
}

const bulkAddCode = (db: WorkspaceDb, ids: string[], id: string, now: string) =>
  bulkEditQuotes(db, ids, { field: 'codeIds', id, op: 'add' }, now);
const bulkRemoveCode = (db: WorkspaceDb, ids: string[], id: string, now: string) =>
  bulkEditQuotes(db, ids, { field: 'codeIds', id, op: 'remove' }, now);

const all = async (db: WorkspaceDb) =>
  (await db.highlights.toArray()).sort((x, y) => x.id.localeCompare(y.id));

describe('bulkAddCode', () => {
  it('adds the code once to each quote and returns the before-images of those it changed', async () => {
    const db = freshDb();
    await seed(db);
    const { before } = await bulkAddCode(db, ['q1', 'q2', 'q3', 'q2'], 'b', LATER);
    expect(before.map((h) => h.id).sort()).toEqual(['q1', 'q2']);
    expect(before.find((h) => h.id === 'q1')).toEqual(quote('q1', ['a']));
    const codes = new Map((await all(db)).map((h) => [h.id, h.codeIds]));
    expect(codes).toEqual(
      new Map([
        ['q1', ['a', 'b']],
        ['q2', ['b']],
        ['q3', ['b', 'a']],
      ]),
    );
    expect((await db.highlights.get('q3'))?.updatedAt).toBe(AT);
    expect((await db.highlights.get('q1'))?.updatedAt).toBe(LATER);
  });

  it('undo restores the quotes deep-equal to before', async () => {
    const db = freshDb();
    await seed(db);
    const original = await all(db);
    const change = await bulkAddCode(db, ['q1', 'q2', 'q3'], 'b', LATER);
    expect(await restoreQuotes(db, change)).toEqual({ restored: 2, kept: 0 });
    expect(await all(db)).toEqual(original);
  });

  it('refuses a code that does not exist and writes nothing', async () => {
    const db = freshDb();
    await seed(db);
    const original = await all(db);
    await expect(bulkAddCode(db, ['q1'], 'gone', LATER)).rejects.toThrow(
      'This code no longer exists.',
    );
    expect(await all(db)).toEqual(original);
  });

  it('skips quotes deleted meanwhile', async () => {
    const db = freshDb();
    await seed(db);
    expect((await bulkAddCode(db, ['q1', 'gone'], 'b', LATER)).before).toHaveLength(1);
  });
});

describe('bulkRemoveCode', () => {
  it('removes the code from the quotes that have it; undo restores exactly', async () => {
    const db = freshDb();
    await seed(db);
    const original = await all(db);
    const change = await bulkRemoveCode(db, ['q1', 'q2', 'q3'], 'a', LATER);
    expect(change.before.map((h) => h.id).sort()).toEqual(['q1', 'q3']);
    const codes = new Map((await all(db)).map((h) => [h.id, h.codeIds]));
    expect(codes.get('q1')).toEqual([]);
    expect(codes.get('q3')).toEqual(['b']);
    await restoreQuotes(db, change);
    expect(await all(db)).toEqual(original);
  });

  it('undo does not bring back a quote deleted after the edit', async () => {
    const db = freshDb();
    await seed(db);
    const change = await bulkRemoveCode(db, ['q1', 'q3'], 'a', LATER);
    await db.highlights.delete('q1');
    await restoreQuotes(db, change);
    expect(await db.highlights.get('q1')).toBeUndefined();
    expect((await db.highlights.get('q3'))?.codeIds).toEqual(['b', 'a']);
  });
});

describe('restoreQuotes after later edits', () => {
  it('keeps a quote edited since the bulk edit, and restores the others', async () => {
    const db = freshDb();
    await seed(db);
    const change = await bulkAddCode(db, ['q1', 'q2'], 'b', LATER);
    // Another tab attaches a trait to q2 after the bulk edit.
    await db.highlights.update('q2', { traitIds: ['t1'], updatedAt: LATER });
    expect(await restoreQuotes(db, change)).toEqual({ restored: 1, kept: 1 });
    expect((await db.highlights.get('q1'))?.codeIds).toEqual(['a']);
    expect(await db.highlights.get('q2')).toMatchObject({ codeIds: ['b'], traitIds: ['t1'] });
  });
});

describe('bulkCodeCommand', () => {
  it('says what it did, and its Undo says what it kept', async () => {
    const db = freshDb();
    await seed(db);
    const start = await lastChangeSeq(db);
    const outcome = await bulkCodeCommand(commandContext(db), {
      highlightIds: ['q1', 'q2', 'q3'],
      code: code('b'),
      op: 'add',
    });
    expect(outcome.message).toBe('Added “Code b” to 2 quotes');
    // The change log holds one entry per quote written, as the person's own edit.
    expect(logged(await changesSince(db, start))).toEqual([
      'highlights q1 put local',
      'highlights q2 put local',
    ]);
    await db.highlights.update('q1', { comment: 'Read again', updatedAt: LATER });
    const beforeUndo = await lastChangeSeq(db);
    const report = await outcome.undo?.();
    expect(report).toEqual({
      message: 'Codes of 1 quote restored. 1 quote edited since then was kept as edited.',
      kept: 1,
    });
    expect((await db.highlights.get('q2'))?.codeIds).toEqual([]);
    expect(logged(await changesSince(db, beforeUndo))).toEqual(['highlights q2 put undo']);
  });

  it('offers no Undo when nothing changed', async () => {
    const db = freshDb();
    await seed(db);
    const outcome = await bulkCodeCommand(commandContext(db), {
      highlightIds: ['q2'],
      code: code('a'),
      op: 'remove',
    });
    expect(outcome).toEqual({ result: 0, message: 'No selected quote has “Code a”' });
  });
});
