import type { Table } from 'dexie';
import type { Account } from '../domain/schemas/account';
import { setChangeSource } from './changeLog';
import type { WorkspaceDb } from './schema';

export interface MergeCounts {
  deals: number;
  contacts: number;
  interviews: number;
  quotes: number;
}

export interface UndoMergeResult {
  /** Records changed after the merge, left as they are rather than rolled back. */
  keptAsEdited: number;
  /** Says what was kept, or null when everything was restored. */
  message: string | null;
}

export interface MergeResult {
  moved: MergeCounts;
  undo(): Promise<UndoMergeResult>;
}

type MovableTable = 'deals' | 'contacts' | 'interviews' | 'highlights';
const MOVABLE: readonly MovableTable[] = ['deals', 'contacts', 'interviews', 'highlights'];

/** What every record that belongs to an account shares; the rest is carried through untouched. */
interface Owned {
  id: string;
  accountId: string;
  updatedAt: string;
}

function ownedTable(db: WorkspaceDb, table: MovableTable): Table<Owned, string> {
  return db.table<Owned, string>(table);
}

interface Moved {
  table: MovableTable;
  id: string;
  updatedAt: string;
}

// Identity, bookkeeping and the import that brought the merged account in stay the kept
// account's own: taking importId would let undoing that import delete the kept account.
const NOT_FILLED = new Set<keyof Account>(['id', 'createdAt', 'updatedAt', 'name', 'importId']);

function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The kept account with its blank fields taken from the merged one; no value is overwritten. */
function filledFrom(keep: Account, merge: Account): Account {
  const filled: Record<string, unknown> = { ...keep };
  for (const [key, value] of Object.entries(merge)) {
    if (NOT_FILLED.has(key as keyof Account)) continue;
    if (isBlank(filled[key]) && !isBlank(value)) filled[key] = value;
  }
  return filled as Account;
}

/** How many records of each kind would move with an account merged away. */
export async function countMergeRecords(db: WorkspaceDb, accountId: string): Promise<MergeCounts> {
  const count = (table: MovableTable) =>
    ownedTable(db, table).where('accountId').equals(accountId).count();
  return {
    deals: await count('deals'),
    contacts: await count('contacts'),
    interviews: await count('interviews'),
    quotes: await count('highlights'),
  };
}

/**
 * Moves everything of `mergeId` to `keepId`, fills the kept account's blanks and deletes the
 * merged account, all in one transaction so a failure leaves both accounts as they were.
 */
export async function mergeAccounts(
  db: WorkspaceDb,
  keepId: string,
  mergeId: string,
  now = new Date().toISOString(),
): Promise<MergeResult> {
  if (keepId === mergeId) throw new Error('An account cannot be merged into itself.');
  const tables = [db.accounts, ...MOVABLE.map((table) => db[table])];
  const done = await db.transaction('rw', tables, async () => {
    const [keep, merge] = await Promise.all([db.accounts.get(keepId), db.accounts.get(mergeId)]);
    if (!keep) throw new Error('The account to keep no longer exists.');
    if (!merge) throw new Error('The account to merge no longer exists.');
    const moved: Moved[] = [];
    for (const table of MOVABLE) {
      const records = await ownedTable(db, table).where('accountId').equals(mergeId).toArray();
      for (const record of records)
        moved.push({ table, id: record.id, updatedAt: record.updatedAt });
      await ownedTable(db, table).bulkPut(
        records.map((r) => ({ ...r, accountId: keepId, updatedAt: now })),
      );
    }
    const filled = filledFrom(keep, merge);
    const keepChanged = Object.keys(filled).some(
      (key) => filled[key as keyof Account] !== keep[key as keyof Account],
    );
    if (keepChanged) await db.accounts.put({ ...filled, updatedAt: now });
    await db.accounts.delete(mergeId);
    return { keep, merge, moved, keepChanged };
  });
  const count = (table: MovableTable) => done.moved.filter((m) => m.table === table).length;
  return {
    moved: {
      deals: count('deals'),
      contacts: count('contacts'),
      interviews: count('interviews'),
      quotes: count('highlights'),
    },
    undo: () => undoMerge(db, done.keep, done.merge, done.moved, done.keepChanged, now),
  };
}

async function undoMerge(
  db: WorkspaceDb,
  keep: Account,
  merge: Account,
  moved: readonly Moved[],
  keepChanged: boolean,
  mergedAt: string,
): Promise<UndoMergeResult> {
  const tables = [db.accounts, ...MOVABLE.map((table) => db[table])];
  const keptAsEdited = await db.transaction('rw', tables, async (tx) => {
    setChangeSource(tx, 'undo');
    let kept = 0;
    await db.accounts.put(merge);
    for (const { table, id, updatedAt } of moved) {
      const current = await ownedTable(db, table).get(id);
      // Edited or deleted since the merge: rolling back would discard that change.
      if (!current || current.updatedAt !== mergedAt) {
        kept += 1;
        continue;
      }
      await ownedTable(db, table).put({ ...current, accountId: merge.id, updatedAt });
    }
    if (keepChanged) {
      const current = await db.accounts.get(keep.id);
      if (current?.updatedAt === mergedAt) await db.accounts.put(keep);
      else kept += 1;
    }
    return kept;
  });
  const message =
    keptAsEdited === 0
      ? null
      : `${keptAsEdited} ${keptAsEdited === 1 ? 'record' : 'records'} edited since the merge ${
          keptAsEdited === 1 ? 'was' : 'were'
        } kept as edited.`;
  return { keptAsEdited, message };
}
