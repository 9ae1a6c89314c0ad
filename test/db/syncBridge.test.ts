import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changesSince } from '../../src/db/changeQueries';
import type { WorkspaceDb } from '../../src/db/schema';
import { getSetting } from '../../src/db/settingsRepo';
import { PUSHED_SEQ_KEY, SyncBridge, type Rejection } from '../../src/sync/syncBridge';
import { accountRecord, interviewRecord } from '../fixtures/records';
import { freshDb } from './freshDb';

/**
 * Two devices, each a WorkspaceDb bridged to its own Y.Doc; the docs exchange updates directly
 * (no server) unless a test holds them back, as a connection that is down would.
 */
class Peer {
  readonly doc = new Y.Doc();
  readonly db: WorkspaceDb = freshDb();
  readonly rejected: Rejection[] = [];
  readonly bridge: SyncBridge;

  /** `memberId`: the member this device's changes are signed with; none signs nothing. */
  constructor(memberId?: string) {
    this.bridge = new SyncBridge(this.db, this.doc, {
      author: memberId ? { memberId, name: `Name of ${memberId}` } : undefined,
      onRejected: (r) => this.rejected.push(...r),
      onError: (error) => {
        throw error;
      },
    });
  }
}

const bridges: SyncBridge[] = [];
afterEach(() => bridges.splice(0).forEach((b) => b.stop()));

const WIRE = 'wire';

/** Connects two peers' docs: each update one makes is applied to the other, unless held. */
function link(a: Peer, b: Peer) {
  const held: [Peer, Uint8Array][] = [];
  let online = true;
  const forward = (to: Peer) => (update: Uint8Array, origin: unknown) => {
    if (origin === WIRE) return;
    if (online) Y.applyUpdate(to.doc, update, WIRE);
    else held.push([to, update]);
  };
  a.doc.on('update', forward(b));
  b.doc.on('update', forward(a));
  return {
    goOffline: () => (online = false),
    reconnect: () => {
      online = true;
      for (const [to, update] of held.splice(0)) Y.applyUpdate(to.doc, update, WIRE);
    },
  };
}

async function pair(memberA?: string, memberB?: string) {
  const a = new Peer(memberA);
  const b = new Peer(memberB);
  const wire = link(a, b);
  await a.bridge.start();
  await b.bridge.start();
  bridges.push(a.bridge, b.bridge);
  return { a, b, wire };
}

/** Until both bridges have nothing left to do (a step may queue a step on the other side). */
async function settle(...peers: Peer[]) {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await Promise.all(peers.map((p) => p.bridge.settled()));
  }
}

describe('the sync bridge between Dexie and a shared Y.Doc', () => {
  it('brings an edit in A to B, logged there as remote and not echoed back', async () => {
    const { a, b } = await pair();
    await a.db.accounts.put(accountRecord({ id: 'acc1', name: 'Acme' }));
    await settle(a, b);
    expect((await b.db.accounts.get('acc1'))?.name).toBe('Acme');
    const bLog = await changesSince(b.db, 0);
    expect(bLog.map((c) => `${c.table} ${c.key} ${c.source}`)).toEqual(['accounts acc1 remote']);
    // A did not receive its own write back as a remote one.
    const aLog = await changesSince(a.db, 0);
    expect(aLog.every((c) => c.source === 'local')).toBe(true);
    expect(await getSetting(a.db, PUSHED_SEQ_KEY)).toBe(aLog.at(-1)?.seq);
  });

  it('logs a remote write under the member who made it, and under "team" when unknown', async () => {
    const { a, b } = await pair('member-ann', 'member-bea');
    await a.db.accounts.put(accountRecord({ id: 'acc1', name: 'Acme' }));
    await settle(a, b);
    await b.db.accounts.update('acc1', { name: 'Acme Corp' });
    await settle(a, b);
    const actors = async (peer: Peer) =>
      (await changesSince(peer.db, 0)).map((c) => `${c.source} ${c.actor}`);
    expect(await actors(b)).toEqual(['remote member-ann', 'local me']);
    expect(await actors(a)).toEqual(['local me', 'remote member-bea']);

    // A third device that never signed the doc (an older version of the app): "team".
    const c = new Peer();
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(a.doc), WIRE);
    link(c, a);
    await c.bridge.start();
    bridges.push(c.bridge);
    await c.db.accounts.update('acc1', { name: 'Acme Inc' });
    await settle(a, b, c);
    expect((await actors(a)).at(-1)).toBe('remote team');
  });

  it('keeps concurrent edits to different fields of one record', async () => {
    const { a, b, wire } = await pair();
    await a.db.accounts.put(accountRecord({ id: 'acc1', name: 'Acme', industry: null }));
    await settle(a, b);
    wire.goOffline();
    await a.db.accounts.update('acc1', { name: 'Acme Corp' });
    await b.db.accounts.update('acc1', { industry: 'Fintech' });
    await settle(a, b);
    wire.reconnect();
    await settle(a, b);
    for (const peer of [a, b]) {
      const account = await peer.db.accounts.get('acc1');
      expect([account?.name, account?.industry]).toEqual(['Acme Corp', 'Fintech']);
    }
  });

  it('keeps both texts when two people type in the same note', async () => {
    const { a, b, wire } = await pair();
    await a.db.interviews.put(interviewRecord({ id: 'int1', accountId: 'acc1', notes: 'Call:' }));
    await settle(a, b);
    wire.goOffline();
    await a.db.interviews.update('int1', { notes: 'Call: pricing hurts' });
    await b.db.interviews.update('int1', { notes: 'Call: onboarding is slow' });
    await settle(a, b);
    wire.reconnect();
    await settle(a, b);
    const notesA = (await a.db.interviews.get('int1'))?.notes ?? '';
    expect(notesA).toContain(' pricing hurts');
    expect(notesA).toContain(' onboarding is slow');
    expect((await b.db.interviews.get('int1'))?.notes).toBe(notesA);
  });

  it('keeps what the other typed when a local save lands after theirs arrived', async () => {
    const { a, b } = await pair();
    await a.db.interviews.put(interviewRecord({ id: 'int1', accountId: 'acc1', notes: 'One.' }));
    await settle(a, b);
    await b.db.interviews.update('int1', { notes: 'One. Two.' });
    await settle(a, b);
    await a.db.interviews.update('int1', { notes: 'Zero. One. Two.' });
    await settle(a, b);
    expect((await b.db.interviews.get('int1'))?.notes).toBe('Zero. One. Two.');
  });

  it('keeps a deleted record deleted, even against an offline edit', async () => {
    const { a, b, wire } = await pair();
    await a.db.accounts.put(accountRecord({ id: 'acc1', name: 'Acme' }));
    await settle(a, b);
    await a.db.accounts.delete('acc1');
    await settle(a, b);
    expect(await b.db.accounts.get('acc1')).toBeUndefined();
    expect((await changesSince(b.db, 0)).at(-1)).toMatchObject({ op: 'delete', source: 'remote' });
    wire.goOffline();
    await a.db.accounts.put(accountRecord({ id: 'acc2', name: 'Beta' }));
    await b.db.accounts.put(accountRecord({ id: 'acc2', name: 'Beta' }));
    await a.db.accounts.delete('acc2');
    await settle(a, b);
    wire.reconnect();
    await settle(a, b);
    expect(await a.db.accounts.get('acc1')).toBeUndefined();
    expect(await b.db.accounts.get('acc1')).toBeUndefined();
  });

  it('converges after edits made while the connection was down', async () => {
    const { a, b, wire } = await pair();
    wire.goOffline();
    await a.db.accounts.put(accountRecord({ id: 'acc1', name: 'From A' }));
    await b.db.accounts.put(accountRecord({ id: 'acc2', name: 'From B' }));
    await b.db.interviews.put(interviewRecord({ id: 'int1', accountId: 'acc2', notes: 'B' }));
    await settle(a, b);
    expect(await a.db.accounts.count()).toBe(1);
    wire.reconnect();
    await settle(a, b);
    for (const peer of [a, b]) {
      expect((await peer.db.accounts.toArray()).map((x) => x.name).sort()).toEqual([
        'From A',
        'From B',
      ]);
      expect((await peer.db.interviews.get('int1'))?.notes).toBe('B');
    }
  });

  it('uploads the whole workspace on its first start, and only what changed after', async () => {
    const a = new Peer();
    await a.db.accounts.bulkPut([
      accountRecord({ id: 'acc1', name: 'One' }),
      accountRecord({ id: 'acc2', name: 'Two' }),
    ]);
    await a.bridge.start();
    bridges.push(a.bridge);
    await settle(a);
    expect([...a.doc.getMap('accounts').keys()].sort()).toEqual(['acc1', 'acc2']);
    // A reload: a new bridge and a doc restored from the last one's state.
    a.bridge.stop();
    await a.db.accounts.update('acc1', { name: 'One, renamed offline' });
    const restored = new Y.Doc();
    Y.applyUpdate(restored, Y.encodeStateAsUpdate(a.doc));
    const again = new SyncBridge(a.db, restored);
    bridges.push(again);
    await again.start();
    await again.settled();
    const acc1 = restored.getMap('accounts').get('acc1') as Y.Map<unknown>;
    expect(acc1.get('name')).toBe('One, renamed offline');
  });

  it('refuses a peer record that fails its schema, and says which field', async () => {
    const { a, b } = await pair();
    // A hostile peer writes into the doc directly, bypassing its own Dexie and schemas.
    const bad = new Y.Map<unknown>();
    a.doc.transact(() => {
      a.doc.getMap('accounts').set('evil', bad);
      for (const [k, v] of Object.entries(accountRecord({ id: 'evil', name: 'Evil' }))) {
        bad.set(k, v);
      }
      bad.set('nps', 99);
    }, 'hostile peer');
    await settle(a, b);
    expect(await b.db.accounts.get('evil')).toBeUndefined();
    expect(b.rejected).toEqual([
      { table: 'accounts', id: 'evil', message: expect.stringMatching(/^accounts evil: nps: /) },
    ]);
    expect(b.bridge.rejections()).toHaveLength(1);
    // A itself refuses it too: the hostile write did not come from its Dexie.
    expect(await a.db.accounts.get('evil')).toBeUndefined();
  });
});
