import { describe, expect, it } from 'vitest';
import {
  codeUsage,
  createCode,
  createCodeWithDetails,
  deleteCodeWithUndo,
  mergeCodes,
  restoreDeletedCode,
  restoreMerge,
  updateCode,
  type CodeDetails,
} from '../../src/db/codesRepo';
import { WorkspaceDb } from '../../src/db/schema';
import type { Finding } from '../../src/domain/schemas/finding';
import type { Highlight } from '../../src/domain/schemas/highlight';
import type { Trait } from '../../src/domain/schemas/trait';
import { AT, code } from './commands/evidenceFixtures';
import { freshDb } from './freshDb';

const LATER = '2026-03-02T10:00:00.000Z';

function quote(id: string, accountId: string, codeIds: string[]): Highlight {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    interviewId: `int-${accountId}`,
    accountId,
    codeIds,
    traitIds: [],
    anchor: { exact: `Quote ${id}`, prefix: '', suffix: '', start: 0, end: 8, source: 'notes' },
    speaker: null,
    comment: null,
  };
}

function finding(id: string, codeIds: string[]): Finding {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    statement: 'Reporting is manual',
    codeIds,
    highlightIds: [],
    cohort: null,
    status: 'draft',
  };
}

function trait(id: string, codeIds: string[], ruleCode: string | null): Trait {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    name: `Trait ${id}`,
    description: null,
    component: 'behavioural',
    kind: 'must_have',
    weight: 3,
    rule: ruleCode ? { op: 'has_code', codeId: ruleCode } : null,
    codeIds,
    highlightIds: [],
  };
}

/** A: "Manual reporting" with a child; B: "Spreadsheet reporting"; C unrelated. */
async function seed(db: WorkspaceDb) {
  await db.codes.bulkAdd([
    code('a', 'Manual reporting'),
    code('a-child', 'Weekly report by hand', 'a'),
    code('b', 'Spreadsheet reporting'),
    code('c', 'No single view'),
  ]);
  await db.highlights.bulkAdd([
    quote('q1', 'acc-1', ['a']),
    quote('q2', 'acc-1', ['a', 'b']),
    quote('q3', 'acc-2', ['b', 'c']),
    quote('q4', 'acc-3', ['c', 'a']),
  ]);
  await db.findings.bulkAdd([finding('f1', ['a', 'c'])]);
  await db.traits.bulkAdd([trait('t1', ['a'], 'a'), trait('t2', ['c'], null)]);
}

async function everything(db: WorkspaceDb) {
  const byId = <T extends { id: string }>(rows: T[]) =>
    rows.sort((x, y) => x.id.localeCompare(y.id));
  return {
    codes: byId(await db.codes.toArray()),
    highlights: byId(await db.highlights.toArray()),
    findings: byId(await db.findings.toArray()),
    traits: byId(await db.traits.toArray()),
  };
}

const details = (overrides: Partial<CodeDetails> = {}): CodeDetails => ({
  name: 'Manual reporting',
  kind: 'pain_point',
  description: null,
  colour: '#b82e2e',
  parentId: null,
  ...overrides,
});

describe('updateCode', () => {
  it('renames, describes, recolours and re-kinds a code', async () => {
    const db = freshDb();
    await seed(db);
    const updated = await updateCode(
      db,
      'a',
      details({
        name: '  Reporting by hand ',
        kind: 'failure_process',
        description: 'Weekly decks built manually',
        colour: '#123456',
      }),
      LATER,
    );
    expect(updated).toMatchObject({
      name: 'Reporting by hand',
      kind: 'failure_process',
      description: 'Weekly decks built manually',
      colour: '#123456',
      updatedAt: LATER,
    });
    expect(await db.codes.get('a')).toEqual(updated);
  });

  it('refuses a name another code has, whatever the case', async () => {
    const db = freshDb();
    await seed(db);
    await expect(
      updateCode(db, 'a', details({ name: 'spreadsheet REPORTING' }), LATER),
    ).rejects.toThrow('A code named “Spreadsheet reporting” already exists.');
    // Keeping its own name (in another case) is fine.
    await expect(
      updateCode(db, 'a', details({ name: 'MANUAL reporting' }), LATER),
    ).resolves.toMatchObject({
      name: 'MANUAL reporting',
    });
  });

  it('clashes with a code createCode just made', async () => {
    const db = freshDb();
    await seed(db);
    await createCode(db, { name: 'Fresh', kind: 'channel' }, LATER, 'fresh');
    await expect(updateCode(db, 'a', details({ name: 'fresh' }), LATER)).rejects.toThrow(
      /already exists/,
    );
  });

  it('nests a code but never under itself or its own sub-codes', async () => {
    const db = freshDb();
    await seed(db);
    await updateCode(db, 'b', details({ name: 'Spreadsheet reporting', parentId: 'a' }), LATER);
    expect((await db.codes.get('b'))?.parentId).toBe('a');
    await expect(updateCode(db, 'a', details({ parentId: 'a' }), LATER)).rejects.toThrow(
      /sub-codes/,
    );
    await expect(updateCode(db, 'a', details({ parentId: 'a-child' }), LATER)).rejects.toThrow(
      /sub-codes/,
    );
    await expect(updateCode(db, 'a', details({ parentId: 'gone' }), LATER)).rejects.toThrow(
      'The parent code no longer exists.',
    );
  });

  it('rejects an invalid colour with the schema message', async () => {
    const db = freshDb();
    await seed(db);
    await expect(updateCode(db, 'a', details({ colour: 'red' }), LATER)).rejects.toThrow(
      /hex colour/,
    );
  });
});

describe('createCodeWithDetails', () => {
  it('creates a code with description, colour and parent in one go', async () => {
    const db = freshDb();
    await seed(db);
    const created = await createCodeWithDetails(
      db,
      details({
        name: 'Board deck by hand',
        description: 'Monthly',
        colour: '#00aa00',
        parentId: 'a',
      }),
      LATER,
      'new',
    );
    expect(await db.codes.get('new')).toEqual(created);
    expect(created).toMatchObject({ description: 'Monthly', colour: '#00aa00', parentId: 'a' });
  });

  it('writes nothing when a detail is refused', async () => {
    const db = freshDb();
    await seed(db);
    await expect(
      createCodeWithDetails(db, details({ name: 'Fresh', parentId: 'gone' }), LATER, 'new'),
    ).rejects.toThrow();
    expect(await db.codes.get('new')).toBeUndefined();
  });
});

describe('codeUsage', () => {
  it('counts quotes and distinct accounts per code', async () => {
    const db = freshDb();
    await seed(db);
    await db.highlights.add(quote('q5', 'acc-1', ['a']));
    const usage = await codeUsage(db);
    expect(usage.get('a')).toEqual({ quotes: 4, accounts: 2 });
    expect(usage.get('b')).toEqual({ quotes: 2, accounts: 2 });
    expect(usage.get('a-child')).toBeUndefined();
  });
});

describe('mergeCodes', () => {
  it('moves every quote from A to B without duplicate code ids, and deletes A', async () => {
    const db = freshDb();
    await seed(db);
    const merge = await mergeCodes(db, 'a', 'b', LATER);
    expect(merge.highlights.map((h) => h.id).sort()).toEqual(['q1', 'q2', 'q4']);
    expect(await db.codes.get('a')).toBeUndefined();
    const quotes = new Map((await db.highlights.toArray()).map((h) => [h.id, h.codeIds]));
    expect(quotes.get('q1')).toEqual(['b']);
    expect(quotes.get('q2')).toEqual(['b']);
    expect(quotes.get('q3')).toEqual(['b', 'c']);
    expect(quotes.get('q4')).toEqual(['c', 'b']);
    for (const ids of quotes.values()) expect(new Set(ids).size).toBe(ids.length);
    expect((await codeUsage(db)).get('b')).toEqual({ quotes: 4, accounts: 3 });
  });

  it('re-parents A’s sub-codes to B and re-points findings and traits', async () => {
    const db = freshDb();
    await seed(db);
    await mergeCodes(db, 'a', 'b', LATER);
    expect((await db.codes.get('a-child'))?.parentId).toBe('b');
    expect((await db.findings.get('f1'))?.codeIds).toEqual(['b', 'c']);
    expect(await db.traits.get('t1')).toMatchObject({
      codeIds: ['b'],
      rule: { op: 'has_code', codeId: 'b' },
    });
  });

  it('lifts a target nested under the source out, so no code becomes its own ancestor', async () => {
    const db = freshDb();
    await seed(db);
    await db.codes.add(code('grandchild', 'Deck at midnight', 'a-child'));
    await mergeCodes(db, 'a', 'grandchild', LATER);
    const parents = new Map((await db.codes.toArray()).map((c) => [c.id, c.parentId]));
    expect(parents.get('grandchild')).toBeNull();
    expect(parents.get('a-child')).toBe('grandchild');
  });

  it('undo restores every table deep-equal to before', async () => {
    const db = freshDb();
    await seed(db);
    await db.codes.update('a', { parentId: 'c' });
    const before = await everything(db);
    const merge = await mergeCodes(db, 'a', 'b', LATER);
    expect(await everything(db)).not.toEqual(before);
    await restoreMerge(db, merge);
    expect(await everything(db)).toEqual(before);
  });

  it('refuses to merge a code into itself or into a code that is gone, changing nothing', async () => {
    const db = freshDb();
    await seed(db);
    const before = await everything(db);
    await expect(mergeCodes(db, 'a', 'a', LATER)).rejects.toThrow(/different code/);
    await expect(mergeCodes(db, 'a', 'gone', LATER)).rejects.toThrow(/no longer exists/);
    expect(await everything(db)).toEqual(before);
  });
});

describe('deleteCodeWithUndo', () => {
  it('removes the code from its quotes, moves sub-codes up, and undo puts it all back', async () => {
    const db = freshDb();
    await seed(db);
    const before = await everything(db);
    const deletion = await deleteCodeWithUndo(db, 'a', LATER);
    expect(deletion.removed.id).toBe('a');
    expect(await db.codes.get('a')).toBeUndefined();
    const quotes = new Map((await db.highlights.toArray()).map((h) => [h.id, h.codeIds]));
    expect(quotes.get('q1')).toEqual([]);
    expect(quotes.get('q2')).toEqual(['b']);
    expect(quotes.get('q4')).toEqual(['c']);
    expect((await db.codes.get('a-child'))?.parentId).toBeNull();
    expect(await db.traits.get('t1')).toMatchObject({ codeIds: [], rule: null });

    await restoreDeletedCode(db, deletion);
    expect(await everything(db)).toEqual(before);
  });
});
