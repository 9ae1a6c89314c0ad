import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V5, WorkspaceDb } from '../../src/db/schema';
import { listCommentsOn } from '../../src/db/commentsRepo';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import { commentSchema } from '../../src/domain/schemas/comment';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const AT = '2026-12-01T10:00:00.000Z';

type Row = { id?: string; key?: string; seq?: number };
const keyOf = (row: unknown) => {
  const { id, key, seq } = row as Row;
  return String(id ?? key ?? seq);
};
const byKey = (a: unknown, b: unknown) => keyOf(a).localeCompare(keyOf(b));

/**
 * Version 6 adds the comments store. A database version 5 wrote (its layout, its records, its
 * device settings and change log) opens with every record of every store as it was.
 */
describe('schema version 5 to 6', () => {
  it('keeps every record of a version 5 database and adds an empty comments store', async () => {
    const name = `tourbook-ws-upgrade-5-${crypto.randomUUID()}`;
    names.push(name);
    const demo = generateDemoWorkspace({ seed: 11, now: AT });
    const written: Record<string, unknown[]> = {
      ...demo,
      settings: [{ key: 'icp.requiredApprovals', value: 3, updatedAt: AT }],
      experiments: [],
      imports: [],
      deviceSettings: [{ key: 'sync.pushedSeq', value: 2, updatedAt: AT }],
      changes: [
        {
          seq: 1,
          table: 'accounts',
          keys: [demo.accounts[0]?.id],
          op: 'put',
          source: 'local',
          actor: 'me',
          at: AT,
        },
        {
          seq: 2,
          table: 'traits',
          keys: [demo.accounts[1]?.id],
          op: 'delete',
          source: 'remote',
          actor: 'team',
          at: AT,
        },
      ],
    };
    const old = new Dexie(name);
    old.version(5).stores(SCHEMA_V5);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(written)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    const current = new WorkspaceDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    let total = 0;
    for (const [table, rows] of Object.entries(written)) {
      const stored = await current.table(table).toArray();
      expect(stored.sort(byKey), table).toEqual([...rows].sort(byKey));
      total += stored.length;
    }
    expect(total).toBeGreaterThan(500);
    expect(await current.comments.count()).toBe(0);

    // The new store takes comments and finds them by their target.
    const trait = demo.accounts[1]?.id ?? '';
    const comment = commentSchema.parse({
      id: 'c1',
      createdAt: AT,
      updatedAt: AT,
      targetKind: 'trait',
      targetId: trait,
      anchor: '',
      threadId: null,
      authorId: 'me',
      authorName: 'Ann',
      body: 'Is this true for the churners too?',
      resolvedAt: null,
      resolvedBy: null,
    });
    await current.comments.add(comment);
    expect(await listCommentsOn(current, 'trait', trait)).toEqual([comment]);
    expect(await listCommentsOn(current, 'finding', trait)).toEqual([]);
    current.close();
  });
});
