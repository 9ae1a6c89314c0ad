/**
 * A shared workspace's review document (`<ws>/review`): the comments (REVIEW_TABLE_NAMES), kept
 * apart from the evidence because every role may write it, reviewers included. It runs beside
 * the evidence link in TeamConnection, under the same tab lock, with its own local copy, its own
 * bridge to Dexie and its own position in the change log.
 *
 * It also carries a nudge when someone records a review decision: the decisions live on the
 * team server, not in any doc, and the nudge tells the others' screens to read them again.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { WorkspaceDb } from '../db/schema';
import { deleteLocalDoc, persistDoc } from './localDoc';
import type { Membership } from './memberships';
import { SyncBridge } from './syncBridge';
import { REVIEW_TABLE_NAMES } from './syncedTables';
import { socketUrl } from './teamLink';

export const REVIEW_PUSHED_SEQ_KEY = 'sync.review.pushedSeq';

/** The server's name for a workspace's review document (server/teamServer.mjs). */
export const reviewDocName = (workspaceId: string) => `${workspaceId}/review`;

/** Its copy on this device sits beside the evidence doc's (`…-sync`). */
const localName = (dbName: string) => `${dbName}-review`;

const DECISIONS = 'decisions';

export class ReviewLink {
  readonly doc = new Y.Doc();
  private provider: HocuspocusProvider | null = null;
  private bridge: SyncBridge | null = null;
  private persistence: IndexeddbPersistence | null = null;
  private readonly decisionListeners = new Set<() => void>();
  private destroyed = false;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly membership: Membership,
  ) {
    this.doc.getMap(DECISIONS).observe(() => {
      for (const listener of this.decisionListeners) listener();
    });
  }

  async open(onError: (error: unknown) => void): Promise<void> {
    this.persistence = await persistDoc(localName(this.db.name), this.doc);
    this.bridge = new SyncBridge(this.db, this.doc, {
      tables: REVIEW_TABLE_NAMES,
      pushedSeqKey: REVIEW_PUSHED_SEQ_KEY,
      onError,
    });
    await this.bridge.start();
    if (this.destroyed) {
      this.bridge.stop();
      return;
    }
    const { server, workspaceId, token } = this.membership;
    this.provider = new HocuspocusProvider({
      url: socketUrl(server),
      name: reviewDocName(workspaceId),
      document: this.doc,
      token,
    });
  }

  /** Tells every member's screen that the decisions on `versionId` changed. */
  announceDecision(versionId: string, seq: number): void {
    this.doc.transact(() => this.doc.getMap(DECISIONS).set(versionId, seq));
  }

  onDecisions(listener: () => void): () => void {
    this.decisionListeners.add(listener);
    return () => this.decisionListeners.delete(listener);
  }

  disconnect(): void {
    this.provider?.disconnect();
  }

  connect(): void {
    void this.provider?.connect();
  }

  destroy(): void {
    this.destroyed = true;
    this.decisionListeners.clear();
    this.provider?.destroy();
    this.bridge?.stop();
    void this.persistence?.destroy();
  }
}

/** For a deleted workspace: the review doc's copy goes with it. */
export function deleteReviewDoc(dbName: string): Promise<void> {
  return deleteLocalDoc(localName(dbName));
}
