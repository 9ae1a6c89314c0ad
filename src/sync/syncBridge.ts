/**
 * The bridge between a workspace's Dexie database (what the screens read) and its shared Y.Doc
 * (what the team server syncs). Both directions run one step at a time in one queue, so a push
 * and a pull never interleave:
 *
 * - Out: the change log (db/changeLog.ts) says what was written since `sync.pushedSeq`. Writes
 *   whose source is not 'remote' are read back from Dexie and written into the doc in one
 *   transaction with origin LOCAL_ORIGIN. The seq is then stored device-locally, so after a
 *   reload only what changed while offline goes out.
 * - In: a doc transaction from anyone else (the provider, the local persistence, a test) names
 *   the records it touched; they are read from the doc, checked with their table's schema and
 *   written to Dexie in one transaction per author, tagged 'remote', which the outward side
 *   skips, so nothing echoes. A record that fails its schema is not written: it is set aside and reported.
 *   A record with a local write not pushed yet is left for that push, which merges the two in the
 *   doc and then pulls the merged record back. The write is logged under its author's member id
 *   when the doc names them (authors.ts), else under 'team'.
 *
 * Each record keeps a base: the record as this device last synced it (pushed or pulled). A push
 * writes only the fields that differ from it, so a field someone else changed meanwhile keeps
 * their value, and a text field gets the splice from its base text (domain/textSplice.ts),
 * landed over what others typed since. A record deleted by someone after this device synced it stays
 * deleted, even if this device edited it meanwhile.
 */
import { liveQuery, type Subscription } from 'dexie';
import * as Y from 'yjs';
import { setChangeSource } from '../db/changeLog';
import { changesSince, lastChangeSeq } from '../db/changeQueries';
import type { WorkspaceDb } from '../db/schema';
import { getSetting, putDeviceSetting } from '../db/settingsRepo';
import type { WorkspaceTableName } from '../db/tables';
import { groupByAuthor, signAuthor, transactionAuthor, type Author } from './authors';
import { readRecord, sameValue, touchedRecords, writeRecord, type PlainRecord } from './recordMap';
import { SYNCED_TABLE_NAMES, syncedTable } from './syncedTables';

export const PUSHED_SEQ_KEY = 'sync.pushedSeq';

/** The origin of the doc transactions this bridge makes from local writes. */
export const LOCAL_ORIGIN = 'tourbook-local';

/**
 * Marked (performance.mark) each time records from the doc have reached Dexie: the bench times
 * an edit's way to another browser up to it. Only the latest is kept in the timeline, so a long
 * session does not pile them up; a PerformanceObserver still sees every one.
 */
export const PULLED_MARK = 'sync:pulled';

/** The actor remote writes are logged under when the peer is not known. */
const REMOTE_ACTOR = 'team';

export interface Rejection {
  table: string;
  id: string;
  /** "interviews 7f3…: notes: Notes are longer than 2,000,000 characters." */
  message: string;
}

export interface BridgeOptions {
  /** Called with every record refused since the last call; they are not written here. */
  onRejected?: (rejections: Rejection[]) => void;
  /** Called when a step fails (a full disk, a closed database); the next change tries again. */
  onError?: (error: unknown) => void;
  /** This member, named in the doc so others log the changes pushed from here as theirs. */
  author?: Author;
}

type Keys = Map<WorkspaceTableName, Set<string>>;

function addKey(keys: Keys, table: WorkspaceTableName, key: string): void {
  let set = keys.get(table);
  if (!set) keys.set(table, (set = new Set()));
  set.add(key);
}

const isSynced = (table: string): table is WorkspaceTableName =>
  (SYNCED_TABLE_NAMES as readonly string[]).includes(table);

export class SyncBridge {
  private queue: Promise<void> = Promise.resolve();
  private pushedSeq = 0;
  private pullKeys: Keys = new Map();
  private pullQueued = false;
  /** The member id of whoever last changed a record waiting to be pulled, when known. */
  private readonly authorOf = new Map<string, string>();
  /** Each record as this device last synced it: a push writes only what differs from it. */
  private readonly bases = new Map<string, PlainRecord>();
  private readonly tableOf: Map<Y.Map<unknown>, WorkspaceTableName>;
  private readonly rejected = new Map<string, Rejection>();
  private subscription: Subscription | null = null;
  private stopped = false;

  constructor(
    private readonly db: WorkspaceDb,
    readonly doc: Y.Doc,
    private readonly options: BridgeOptions = {},
  ) {
    this.tableOf = new Map(SYNCED_TABLE_NAMES.map((name) => [doc.getMap(name), name]));
  }

  /**
   * Starts both directions. The first start on this device pushes every record (sharing a
   * workspace uploads it); later starts push what the log holds since. Then every record the doc
   * held before that push is pulled, so what arrived before the last close reaches the screens.
   */
  async start(): Promise<void> {
    this.doc.on('afterTransaction', this.onTransaction);
    // Taken before the push: what the push writes is what Dexie holds already, and sharing a
    // workspace (an empty doc) would otherwise read every record back for nothing.
    const held: Keys = new Map();
    for (const [type, table] of this.tableOf) {
      for (const key of type.keys()) addKey(held, table, key);
    }
    const stored = await getSetting(this.db, PUSHED_SEQ_KEY);
    if (typeof stored === 'number') {
      this.pushedSeq = stored;
    } else {
      await this.enqueue(() => this.pushAll());
    }
    await this.enqueue(() => this.push());
    for (const [table, set] of held) for (const key of set) addKey(this.pullKeys, table, key);
    await this.enqueue(() => this.pull());
    // Every later write, in this tab or another, moves the log's last seq.
    this.subscription = liveQuery(() => lastChangeSeq(this.db)).subscribe({
      next: (seq) => {
        if (seq > this.pushedSeq) void this.enqueue(() => this.push());
      },
      error: (error: unknown) => this.options.onError?.(error),
    });
  }

  stop(): void {
    this.stopped = true;
    this.subscription?.unsubscribe();
    this.doc.off('afterTransaction', this.onTransaction);
  }

  /** Resolves once every step queued so far has run (tests, and a join waiting to open). */
  settled(): Promise<void> {
    return this.queue;
  }

  /** The records refused so far and not since replaced by a valid version. */
  rejections(): Rejection[] {
    return [...this.rejected.values()];
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue
      .then(() => (this.stopped ? undefined : step()))
      .catch((error: unknown) => this.options.onError?.(error));
    return this.queue;
  }

  private readonly onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return;
    const touched = touchedRecords(transaction, this.tableOf);
    if (touched.size === 0) return;
    const author = transactionAuthor(transaction);
    for (const [table, keys] of touched) {
      for (const key of keys) {
        addKey(this.pullKeys, table as WorkspaceTableName, key);
        if (author) this.authorOf.set(this.baseKey(table, key), author);
        else this.authorOf.delete(this.baseKey(table, key));
      }
    }
    if (!this.pullQueued) {
      this.pullQueued = true;
      void this.enqueue(() => this.pull());
    }
  };

  private baseKey(table: string, key: string): string {
    return `${table}\u0000${key}`;
  }

  private rememberBase(table: WorkspaceTableName, key: string, record: PlainRecord | null): void {
    if (record) this.bases.set(this.baseKey(table, key), record);
    else this.bases.delete(this.baseKey(table, key));
  }

  /** The first upload: every record of every synced table. */
  private async pushAll(): Promise<void> {
    const seq = await lastChangeSeq(this.db);
    const keys: Keys = new Map();
    for (const table of SYNCED_TABLE_NAMES) {
      const all = (await this.db.table(table).toCollection().primaryKeys()) as string[];
      if (all.length > 0) keys.set(table, new Set(all));
    }
    await this.writeToDoc(keys);
    await this.savePushed(seq);
  }

  private async push(): Promise<void> {
    const changes = await changesSince(this.db, this.pushedSeq);
    const last = changes.at(-1)?.seq;
    if (last === undefined) return;
    const keys: Keys = new Map();
    for (const change of changes) {
      if (change.source !== 'remote' && isSynced(change.table)) {
        addKey(keys, change.table, change.key);
      }
    }
    await this.writeToDoc(keys);
    await this.savePushed(last);
    // The doc may hold others' edits to these records that Dexie has not seen yet.
    if (keys.size > 0) {
      for (const [table, set] of keys) for (const key of set) addKey(this.pullKeys, table, key);
      await this.pull();
    }
  }

  private async savePushed(seq: number): Promise<void> {
    this.pushedSeq = seq;
    await putDeviceSetting(this.db, PUSHED_SEQ_KEY, seq);
  }

  private async writeToDoc(keys: Keys): Promise<void> {
    if (keys.size === 0) return;
    const records = new Map<WorkspaceTableName, (PlainRecord | undefined)[]>();
    await this.db.transaction('r', [...keys.keys()], async () => {
      for (const [table, set] of keys) {
        records.set(table, (await this.db.table(table).bulkGet([...set])) as PlainRecord[]);
      }
    });
    this.doc.transact(() => {
      if (this.options.author) signAuthor(this.doc, this.options.author);
      for (const [table, set] of keys) {
        const map = this.doc.getMap<unknown>(table);
        const kinds = syncedTable(table);
        const rows = records.get(table) ?? [];
        [...set].forEach((key, i) => {
          const row = rows[i];
          const base = this.bases.get(this.baseKey(table, key));
          if (!row) {
            map.delete(key);
            this.rememberBase(table, key, null);
          } else if (base && !map.has(key)) {
            // Someone deleted it after this device last synced it: the delete wins, and the
            // pull after this push removes it here too.
          } else {
            writeRecord(map, key, row, kinds, base);
            this.rememberBase(table, key, row);
          }
        });
      }
    }, LOCAL_ORIGIN);
  }

  private async pull(): Promise<void> {
    this.pullQueued = false;
    const keys = this.pullKeys;
    this.pullKeys = new Map();
    if (keys.size === 0) return;
    // The change log names one actor per transaction: one transaction per author.
    const byAuthor = groupByAuthor(
      keys,
      (table, key) => this.authorOf.get(this.baseKey(table, key)) ?? REMOTE_ACTOR,
    );
    for (const [actor, group] of byAuthor) await this.pullAs(actor, group);
    performance.clearMarks(PULLED_MARK);
    performance.mark(PULLED_MARK);
  }

  private async pullAs(actor: string, keys: Keys): Promise<void> {
    const tables = [...keys.keys()];
    const written: [WorkspaceTableName, string, PlainRecord][] = [];
    const deleted: [WorkspaceTableName, string][] = [];
    const refused: Rejection[] = [];
    await this.db.transaction('rw', [...tables, 'changes'], async (tx) => {
      setChangeSource(tx, 'remote', actor);
      // Local writes not pushed yet win here: the push after them merges and pulls again.
      const unpushed = new Set<string>();
      for (const row of await this.db.changes.where('seq').above(this.pushedSeq).toArray()) {
        if (row.source === 'remote') continue;
        for (const key of row.keys) unpushed.add(`${row.table}\u0000${key}`);
      }
      for (const [table, set] of keys) {
        const { schema } = syncedTable(table);
        const ids = [...set].filter((key) => !unpushed.has(`${table}\u0000${key}`));
        const stored = (await this.db.table(table).bulkGet(ids)) as (PlainRecord | undefined)[];
        const puts: PlainRecord[] = [];
        const deletes: string[] = [];
        ids.forEach((id, i) => {
          const entry = this.doc.getMap<unknown>(table).get(id);
          const current = stored[i];
          // A newer change by someone else, arrived meanwhile, keeps its author for its pull.
          if (this.authorOf.get(this.baseKey(table, id)) === actor) {
            this.authorOf.delete(this.baseKey(table, id));
          }
          if (!(entry instanceof Y.Map)) {
            this.rejected.delete(`${table}\u0000${id}`);
            if (current) deletes.push(id);
            deleted.push([table, id]);
            return;
          }
          const parsed = schema.safeParse(readRecord(entry as Y.Map<unknown>));
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const field = issue?.path.join('.') || '(record)';
            const rejection = {
              table,
              id,
              message: `${table} ${id}: ${field}: ${issue?.message ?? 'invalid'}`,
            };
            this.rejected.set(`${table}\u0000${id}`, rejection);
            refused.push(rejection);
            return;
          }
          this.rejected.delete(`${table}\u0000${id}`);
          written.push([table, id, parsed.data]);
          if (!current || !sameValue(current, parsed.data)) puts.push(parsed.data);
        });
        if (puts.length > 0) await this.db.table(table).bulkPut(puts);
        if (deletes.length > 0) await this.db.table(table).bulkDelete(deletes);
      }
    });
    for (const [table, id, record] of written) this.rememberBase(table, id, record);
    for (const [table, id] of deleted) this.rememberBase(table, id, null);
    if (refused.length > 0) this.options.onRejected?.(refused);
  }
}
