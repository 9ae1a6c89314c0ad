/**
 * One shared workspace's live link to the team server: its Y.Doc (restored from this device's
 * copy, localDoc.ts), the bridge to Dexie (syncBridge.ts), and the Hocuspocus provider that
 * syncs the doc and carries presence. The shell reads its state through subscribe/getSnapshot
 * (React's useSyncExternalStore).
 *
 * Only one tab per workspace runs it (a Web Lock): two bridges would each land the same local
 * note edit on their own copy of the doc, and the text would arrive twice.
 */
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { WorkspaceDb } from '../db/schema';
import { deleteLocalDoc, persistDoc } from './localDoc';
import type { Membership } from './memberships';
import { SyncBridge, type Rejection } from './syncBridge';
import { refusalText, summarise, type ProviderFacts, type SyncSummary } from './syncStatus';
import { socketUrl } from './teamLink';

export interface Peer {
  clientId: number;
  name: string;
  page: string;
}

export interface TeamState extends SyncSummary {
  peers: Peer[];
  rejections: Rejection[];
}

const META = 'meta';

export class TeamConnection {
  readonly doc = new Y.Doc();
  /** Resolves once the doc is restored and the bridge runs (before the server answers). */
  readonly opened: Promise<void>;
  private provider: HocuspocusProvider | null = null;
  private bridge: SyncBridge | null = null;
  private persistence: IndexeddbPersistence | null = null;
  private releaseLock: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();
  private facts: ProviderFacts = {
    connected: false,
    synced: false,
    unsynced: 0,
    paused: false,
    refusal: null,
    readOnly: false,
    elsewhere: false,
  };
  private state: TeamState = { ...summarise(this.facts), peers: [], rejections: [] };
  private page = '/';
  private destroyed = false;
  private firstSync: Promise<void>;
  private resolveFirstSync: () => void = () => undefined;
  private rejectFirstSync: (error: Error) => void = () => undefined;

  constructor(
    private readonly db: WorkspaceDb,
    readonly membership: Membership,
  ) {
    this.firstSync = new Promise((resolve, reject) => {
      this.resolveFirstSync = resolve;
      this.rejectFirstSync = reject;
    });
    // Only a join waits on it; a refusal is shown by the status line either way.
    this.firstSync.catch(() => undefined);
    this.opened = this.open();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): TeamState => this.state;

  /** Resolves after the first full exchange with the server and its projection into Dexie. */
  async whenSynced(): Promise<void> {
    await this.opened;
    await this.firstSync;
    await this.bridge?.settled();
  }

  /** The workspace's name as the owner shared it, once the doc holds it. */
  sharedName(): string | null {
    const name = this.doc.getMap(META).get('name');
    return typeof name === 'string' ? name : null;
  }

  setSharedName(name: string): void {
    this.doc.transact(() => this.doc.getMap(META).set('name', name));
  }

  /** Where this member is, for the others' presence list. */
  setPage(page: string): void {
    this.page = page;
    this.provider?.awareness?.setLocalStateField('user', { name: this.membership.name, page });
  }

  goOffline(): void {
    this.facts.paused = true;
    this.provider?.disconnect();
    this.refresh();
  }

  reconnect(): void {
    this.facts.paused = false;
    this.facts.refusal = null;
    void this.provider?.connect();
    this.refresh();
  }

  destroy(): void {
    this.destroyed = true;
    this.provider?.destroy();
    this.bridge?.stop();
    void this.persistence?.destroy();
    this.releaseLock?.();
    this.listeners.clear();
  }

  private async open(): Promise<void> {
    await this.lock();
    if (this.destroyed) return;
    this.persistence = await persistDoc(this.db.name, this.doc);
    const { memberId, name } = this.membership;
    this.bridge = new SyncBridge(this.db, this.doc, {
      author: { memberId, name },
      onRejected: () => this.refresh(),
      onError: (error) => console.error('Team sync could not apply a change', error),
    });
    await this.bridge.start();
    if (this.destroyed) return;
    this.connect();
  }

  private connect(): void {
    const { server, workspaceId, token } = this.membership;
    const provider = new HocuspocusProvider({
      url: socketUrl(server),
      name: workspaceId,
      document: this.doc,
      token,
    });
    this.provider = provider;
    provider.on('status', ({ status }: { status: WebSocketStatus }) => {
      this.facts.connected = status === WebSocketStatus.Connected;
      this.refresh();
    });
    provider.on('authenticated', ({ scope }: { scope: string }) => {
      this.facts.readOnly = scope === 'readonly';
      this.facts.refusal = null;
      this.refresh();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      this.facts.refusal = refusalText(reason);
      this.rejectFirstSync(new Error(this.facts.refusal));
      this.refresh();
    });
    provider.on('close', ({ event }: { event: CloseEvent }) => {
      // A revoked member's connection is closed with the server's JSON as the reason.
      if (event.reason.startsWith('{')) this.facts.refusal = refusalText(event.reason);
      this.refresh();
    });
    provider.on('synced', ({ state }: { state: boolean }) => {
      this.facts.synced = state;
      if (state) this.resolveFirstSync();
      this.refresh();
    });
    provider.on('unsyncedChanges', () => this.refresh());
    provider.awareness?.on('change', () => this.refresh());
    this.setPage(this.page);
  }

  private lock(): Promise<void> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return Promise.resolve();
    const name = `tourbook-sync-${this.db.name}`;
    const hold = (acquired: () => void) => () => {
      acquired();
      return new Promise<void>((release) => (this.releaseLock = release));
    };
    return new Promise<void>((acquired) => {
      void locks.request(name, { ifAvailable: true }, (lock) => {
        if (lock) return hold(acquired)();
        this.facts.elsewhere = true;
        this.refresh();
        void locks.request(name, () => {
          this.facts.elsewhere = false;
          this.refresh();
          return hold(acquired)();
        });
        return undefined;
      });
    });
  }

  private peers(): Peer[] {
    const states = this.provider?.awareness?.getStates() ?? new Map();
    const peers: Peer[] = [];
    for (const [clientId, state] of states) {
      if (clientId === this.doc.clientID) continue;
      const user = (state as { user?: { name?: unknown; page?: unknown } }).user;
      if (typeof user?.name !== 'string') continue;
      peers.push({
        clientId,
        name: user.name,
        page: typeof user.page === 'string' ? user.page : '/',
      });
    }
    return peers.sort((a, b) => a.name.localeCompare(b.name));
  }

  private refresh(): void {
    this.facts.unsynced = this.provider?.unsyncedChanges ?? 0;
    this.state = {
      ...summarise(this.facts),
      peers: this.peers(),
      rejections: this.bridge?.rejections() ?? [],
    };
    for (const listener of this.listeners) listener();
  }
}

const connections = new Map<string, TeamConnection>();

/**
 * One connection per workspace database for the page's lifetime, like openWorkspaceDb: the join
 * page opens it to download, and the shell keeps using the same one once the workspace opens.
 */
export function connectTeam(db: WorkspaceDb, membership: Membership): TeamConnection {
  let connection = connections.get(db.name);
  if (!connection || connection.membership.token !== membership.token) {
    connection?.destroy();
    connection = new TeamConnection(db, membership);
    connections.set(db.name, connection);
  }
  return connection;
}

/** For a deleted workspace: its connection closes and its doc copy goes. */
export async function forgetTeamWorkspace(dbName: string): Promise<void> {
  connections.get(dbName)?.destroy();
  connections.delete(dbName);
  await deleteLocalDoc(dbName);
}
