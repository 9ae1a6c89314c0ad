import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCommentCommand } from '../../src/commands/commentCommands';
import { getSetting } from '../../src/db/settingsRepo';
import type { WorkspaceDb } from '../../src/db/schema';
import { REVIEW_PUSHED_SEQ_KEY } from '../../src/sync/reviewLink';
import { SyncBridge } from '../../src/sync/syncBridge';
import { REVIEW_TABLE_NAMES } from '../../src/sync/syncedTables';
import { accountRecord } from '../fixtures/records';
import { fixedContext } from './commands/fixedContext';
import { freshDb } from './freshDb';

/**
 * Each device bridges its database to two docs, as TeamConnection does: the evidence doc and
 * the review doc. A reviewer's evidence doc is read-only at the server; here the reviewer's
 * evidence updates are simply never delivered, which is what the server's refusal amounts to.
 */
class Device {
  readonly db: WorkspaceDb = freshDb();
  readonly evidence = new Y.Doc();
  readonly review = new Y.Doc();
  readonly bridges = [
    new SyncBridge(this.db, this.evidence, { onError: fail }),
    new SyncBridge(this.db, this.review, {
      tables: REVIEW_TABLE_NAMES,
      pushedSeqKey: REVIEW_PUSHED_SEQ_KEY,
      onError: fail,
    }),
  ];
  async start() {
    for (const bridge of this.bridges) await bridge.start();
    running.push(...this.bridges);
  }
}

function fail(error: unknown): never {
  throw error;
}

const running: SyncBridge[] = [];
afterEach(() => running.splice(0).forEach((b) => b.stop()));

/** Delivers `from`'s updates to `to`; origin-tagged so they do not bounce back. */
function oneWay(from: Y.Doc, to: Y.Doc) {
  from.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== from) Y.applyUpdate(to, update, to);
  });
}

async function settle(...devices: Device[]) {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await Promise.all(devices.flatMap((d) => d.bridges.map((b) => b.settled())));
  }
}

describe('the review document', () => {
  it('carries a reviewer’s comment to the owner while their evidence edit goes nowhere', async () => {
    const owner = new Device();
    const reviewer = new Device();
    oneWay(owner.evidence, reviewer.evidence);
    oneWay(owner.review, reviewer.review);
    oneWay(reviewer.review, owner.review);
    await owner.start();
    await reviewer.start();

    await owner.db.accounts.put(accountRecord({ id: 'acc1', name: 'Acme' }));
    await settle(owner, reviewer);
    expect((await reviewer.db.accounts.get('acc1'))?.name).toBe('Acme');

    await reviewer.db.accounts.put(accountRecord({ id: 'acc1', name: 'Renamed by the reviewer' }));
    await addCommentCommand(fixedContext(reviewer.db, '2026-12-05T03:00:00.000Z', 'c'), {
      targetKind: 'finding',
      targetId: 'f1',
      anchor: '',
      threadId: null,
      authorId: 'member-c',
      authorName: 'Cem',
      body: 'Two churners only?',
    });
    await settle(owner, reviewer);

    expect(await owner.db.comments.get('c-1')).toMatchObject({
      authorName: 'Cem',
      body: 'Two churners only?',
    });
    expect((await owner.db.accounts.get('acc1'))?.name).toBe('Acme');
    // Each doc holds its own tables only, and each bridge keeps its own place in the log.
    expect([...reviewer.evidence.getMap('comments').keys()]).toEqual([]);
    expect([...reviewer.review.getMap('accounts').keys()]).toEqual([]);
    expect([...reviewer.review.getMap('comments').keys()]).toEqual(['c-1']);
    expect(await getSetting(reviewer.db, REVIEW_PUSHED_SEQ_KEY)).toEqual(expect.any(Number));
  });
});
