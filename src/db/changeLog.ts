/**
 * The change log: every write request to a workspace-scope table (tables.ts) appends one row
 * `{ seq, table, keys, op, source, actor, at }` to the `changes` store, naming every record the
 * request wrote, in the same IndexedDB transaction as the write. It is a DBCore middleware
 * installed by the WorkspaceDb constructor, below every Dexie API, so no write through Dexie can
 * skip it: commands, repositories, imports, restores and Dexie's own importer alike. The one
 * write that bypasses Dexie (writeNotesNow, on pagehide) builds its row with changeRow() below,
 * so both paths write the same rows. Readers that want one entry per record written use
 * changesSince (changeQueries.ts).
 *
 * - One row per request, not per record: each stored row is one more IndexedDB request, and a
 *   row per record made the 10,000-account import 2.11× a bare bulkPut (1.26× without a log);
 *   the issue allows the log 10% there. A bulkPut chunk of 500 accounts is now one row.
 * - When the keys are known before the write (puts of records that carry their id, deletes),
 *   the row is added beside the write instead of after it, then narrowed if some records failed.
 *   Added after it, each chunk of an import waited one more round trip, and the import's commit
 *   measured 1.40× a bare bulkPut against 1.16× with no log rows at all; beside it, 1.21×.
 * - Every read-write transaction that touches a workspace table also opens `changes`; if the
 *   write aborts, so do its rows, and if its row cannot be written the transaction is aborted.
 * - add, put, update and modify are 'put'; delete, bulkDelete, Collection.delete() and clear()
 *   are 'delete' (clear() and range deletes read the keys first, in the same transaction). A
 *   delete of a key that held nothing is logged too. Only the records a bulk write really wrote
 *   are named; a request that wrote none leaves no row.
 * - A deleted record's newest row is its tombstone; compaction keeps it (changeCompaction.ts).
 * - Device-scope tables (device settings, the log itself) are not logged: they are never synced.
 *   Nor are Dexie's upgrade transactions: they reshape stored records, nobody changed them.
 * - The source is 'local' unless the transaction is tagged (setChangeSource / withSource); the
 *   actor is the current actor (setChangeActor), read when the transaction opens.
 */
import type Dexie from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Table,
  Transaction,
} from 'dexie';
import type { ChangeOp, ChangeRow, ChangeSource } from '../domain/schemas/change';
import { CHANGES_TABLE, isLoggedTable, settingScope } from './tables';

export type NewChangeRow = Omit<ChangeRow, 'seq'>;

export interface ChangeAuthor {
  source: ChangeSource;
  actor: string;
}

let currentActor = 'me';

/** Who later writes are logged as, until set again (team sync will set the member's id). */
export function setChangeActor(actor: string): void {
  if (actor.trim() === '') throw new Error('The change log needs an actor name; it was empty.');
  currentActor = actor;
}

export function changeActor(): string {
  return currentActor;
}

/** The author of a write nobody tagged: this browser's user. */
export function localAuthor(): ChangeAuthor {
  return { source: 'local', actor: currentActor };
}

export function changeTime(): string {
  return new Date().toISOString();
}

/**
 * The log row for one write request, or null when it wrote nothing. Every workspace table is
 * keyed by text; anything else is a bug.
 */
export function changeRow(
  table: string,
  keys: readonly unknown[],
  op: ChangeOp,
  author: ChangeAuthor,
  at: string,
): NewChangeRow | null {
  if (keys.length === 0) return null;
  const texts: string[] = [];
  for (const key of keys) {
    if (typeof key !== 'string') {
      throw new Error(
        `The change log keeps text keys, but ${table} was written with a ${typeof key} key.`,
      );
    }
    texts.push(key);
  }
  return { table, keys: texts, op, source: author.source, actor: author.actor, at };
}

interface TransactionLog extends ChangeAuthor {
  /** Once a row is logged, the transaction's source can no longer change. */
  wrote: boolean;
}

/**
 * Keyed by the IDBTransaction: Dexie hands the middleware that object as `req.trans`, and a
 * Dexie Transaction (nested ones included) exposes it as `idbtrans`.
 */
const logs = new WeakMap<object, TransactionLog>();

/**
 * Tags the read-write transaction `tx` (from db.transaction's callback) with the source of its
 * writes, and optionally an actor other than the current one. Call it before the first write:
 * a transaction whose rows are already logged under another source is refused, not relabelled.
 */
export function setChangeSource(tx: Transaction, source: ChangeSource, actor?: string): void {
  const log = logs.get(tx.idbtrans);
  if (!log) {
    throw new Error('Only a read-write transaction over workspace tables has a change source.');
  }
  const nextActor = actor ?? log.actor;
  if (log.wrote && (log.source !== source || log.actor !== nextActor)) {
    throw new Error(
      `This transaction already logged writes as '${log.source}' by ${log.actor}; set its source before the first write.`,
    );
  }
  log.source = source;
  log.actor = nextActor;
}

/**
 * Runs `fn` in one read-write transaction over `tables` whose writes are logged with `source`.
 * Inside another transaction it joins it (Dexie's nesting), tagging that one.
 */
export function withSource<T>(
  db: Dexie,
  source: ChangeSource,
  tables: readonly Table[],
  fn: () => PromiseLike<T> | T,
): Promise<T> {
  return db.transaction('rw', tables, (tx) => {
    setChangeSource(tx, source);
    return fn();
  });
}

/**
 * Aborting makes sure a write whose rows could not be logged never commits, even when the
 * caller catches the error and carries on in the transaction.
 */
function abortFor(trans: DBCoreTransaction, error: unknown): Promise<never> {
  try {
    trans.abort();
  } catch {
    // Already aborted or finished: nothing more can commit, and `error` is what the caller needs.
  }
  return Promise.reject(error);
}

function firstFailure(res: DBCoreMutateResponse): unknown {
  return Object.values(res.failures)[0] ?? new Error('The change log could not be written.');
}

/** The settings store holds workspace-scope keys only; device keys go to deviceSettings. */
function deviceKeyIn(req: DBCoreMutateRequest): string | null {
  if (req.type !== 'add' && req.type !== 'put') return null;
  for (const value of req.values) {
    const key = (value as { key?: unknown }).key;
    if (typeof key === 'string' && settingScope(key) === 'device') return key;
  }
  return null;
}

function createChangeLog(down: DBCore): Partial<DBCore> {
  let changes: DBCoreTable | undefined;
  // Looked up on first use: while Dexie upgrades an older database the store may not exist yet.
  const changesTable = () => (changes ??= down.table(CHANGES_TABLE));

  /** Adds the row for `keys` (none when it names no record); resolves to its seq, if any. */
  function append(
    trans: DBCoreTransaction,
    table: string,
    keys: readonly unknown[],
    op: ChangeOp,
    log: TransactionLog,
  ): Promise<number | null> {
    let row: NewChangeRow | null;
    try {
      row = changeRow(table, keys, op, log, changeTime());
    } catch (error) {
      return abortFor(trans, error);
    }
    if (!row) return Promise.resolve(null);
    log.wrote = true;
    return changesTable()
      .mutate({ type: 'add', trans, values: [row] })
      .then((res) =>
        res.numFailures > 0 ? abortFor(trans, firstFailure(res)) : (res.results?.[0] as number),
      );
  }

  /**
   * Narrows a row added before its write to the records the write really wrote: a bulk write
   * that goes on past a failed record (bulkAdd of a duplicate, caught) wrote only the others.
   */
  function narrow(
    trans: DBCoreTransaction,
    seq: number | null,
    keys: readonly unknown[],
    res: DBCoreMutateResponse,
  ): Promise<void> {
    if (res.numFailures === 0 || seq === null) return Promise.resolve();
    const written = keys.filter((_, i) => !Object.hasOwn(res.failures, i));
    if (written.length === 0) return unlog(trans, seq);
    const changes = changesTable();
    return changes
      .get({ trans, key: seq })
      .then((row: ChangeRow) =>
        changes.mutate({ type: 'put', trans, values: [{ ...row, keys: written }] }),
      )
      .then((r) => (r.numFailures > 0 ? abortFor(trans, firstFailure(r)) : undefined));
  }

  function unlog(trans: DBCoreTransaction, seq: number): Promise<void> {
    return changesTable()
      .mutate({ type: 'delete', trans, keys: [seq] })
      .then((r) => (r.numFailures > 0 ? abortFor(trans, firstFailure(r)) : undefined));
  }

  /**
   * The keys a put or add will write, when the table names them inside its records: the row is
   * then added beside the write rather than after it, so a chunked import keeps IndexedDB busy
   * instead of waiting one round trip per chunk for its log row.
   */
  function keysAhead(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] | null {
    if (req.type === 'delete') return req.keys;
    if (req.type !== 'add' && req.type !== 'put') return null;
    if (req.keys) return req.keys;
    const { extractKey } = table.schema.primaryKey;
    if (!extractKey) return null;
    const keys = req.values.map(extractKey);
    return keys.every((key) => key !== undefined) ? keys : null;
  }

  function logged(table: DBCoreTable): DBCoreTable {
    const { name } = table;
    return {
      ...table,
      mutate: (req) => {
        const log = logs.get(req.trans);
        if (!log) {
          // Dexie opens upgrade transactions itself, not through transaction() below; a
          // read-only transaction fails the write on its own.
          const { mode } = req.trans as unknown as IDBTransaction;
          if (mode !== 'readwrite') return table.mutate(req);
          return Promise.reject(new Error(`A write to ${name} bypassed the change log.`));
        }
        if (name === 'settings') {
          const key = deviceKeyIn(req);
          if (key !== null) {
            return Promise.reject(
              new Error(
                `Setting ${key} is device-local: write it with putSetting, not to settings.`,
              ),
            );
          }
        }
        if (req.type === 'deleteRange') {
          const query = { index: table.schema.primaryKey, range: req.range };
          return table
            .query({ trans: req.trans, query, values: false })
            .then(({ result: keys }) =>
              table
                .mutate(req)
                .then((res) => append(req.trans, name, keys, 'delete', log).then(() => res)),
            );
        }
        const ahead = keysAhead(table, req);
        if (ahead) {
          const op: ChangeOp = req.type === 'delete' ? 'delete' : 'put';
          const logging = append(req.trans, name, ahead, op, log);
          return table.mutate(req).then(
            (res) => logging.then((seq) => narrow(req.trans, seq, ahead, res)).then(() => res),
            // A write that failed outright wrote nothing: its row goes, and the failure stays
            // the caller's to handle.
            (error: unknown) =>
              logging
                .then((seq) => (seq === null ? undefined : unlog(req.trans, seq)))
                .then(() => Promise.reject(error)),
          );
        }
        return table.mutate(req).then((res) => {
          const keys = req.type === 'delete' ? req.keys : res.results;
          if (!keys) {
            return abortFor(req.trans, new Error(`Dexie did not say which ${name} keys it wrote.`));
          }
          const written =
            res.numFailures > 0 ? keys.filter((_, i) => !Object.hasOwn(res.failures, i)) : keys;
          const op: ChangeOp = req.type === 'delete' ? 'delete' : 'put';
          return append(req.trans, name, written, op, log).then(() => res);
        });
      },
    };
  }

  return {
    ...down,
    transaction: (stores, mode, options) => {
      if (mode !== 'readwrite' || !stores.some(isLoggedTable)) {
        return down.transaction(stores, mode, options);
      }
      const withLog = stores.includes(CHANGES_TABLE) ? stores : [...stores, CHANGES_TABLE];
      const trans = down.transaction(withLog, mode, options);
      logs.set(trans, { ...localAuthor(), wrote: false });
      return trans;
    },
    table: (name) => (isLoggedTable(name) ? logged(down.table(name)) : down.table(name)),
  };
}

/**
 * At Dexie's default level, above its own middlewares, and after explainQuotaErrors: the log's
 * own writes go down through the quota messages and Dexie's live-query tracking like any other.
 */
export function installChangeLog(db: Dexie): void {
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'tourbook-change-log',
    create: createChangeLog,
  };
  db.use(middleware);
}
