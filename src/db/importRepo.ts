/**
 * Writes an import plan (src/import/csv/importPlan.ts) and undoes it, each in one Dexie
 * transaction: an import lands whole or not at all, and Undo puts back exactly what was there.
 * The plan type is imported as a type only; this module runs nothing from the import layer.
 */
import { accountSchema, type Account } from '../domain/schemas/account';
import { dealSchema, type Deal } from '../domain/schemas/deal';
import { importRecordSchema, type ImportRecord } from '../domain/schemas/importRecord';
import type { AccountImportPlan, DealImportPlan, RecordUpdate } from '../domain/importPlan';
import type { WorkspaceDb } from './schema';
import { setChangeSource } from './changeLog';
import { keysEditedAfter, lastChangeSeq } from './changeQueries';
import { checked } from './checked';

export type ImportRepoErrorCode =
  | 'changed_since_review'
  | 'not_found'
  | 'already_undone'
  | 'later_import'
  | 'has_dependants'
  | 'corrupt_record';

/** Thrown (and so aborting the transaction) with a message meant for the user. */
export class ImportRepoError extends Error {
  readonly code: ImportRepoErrorCode;

  constructor(code: ImportRepoErrorCode, message: string) {
    super(message);
    this.name = 'ImportRepoError';
    this.code = code;
  }
}

export interface ImportCommitResult {
  importId: string;
  /** Records of the imported kind created (accounts, or deals). */
  created: number;
  updated: number;
  skipped: number;
  /** Accounts created, including those a deal import made for deals that named them. */
  accountsCreated: number;
}

export interface UndoResult {
  deletedAccounts: number;
  deletedDeals: number;
  restoredAccounts: number;
  restoredDeals: number;
  /** Records edited after the import (in any tab), left as edited rather than reverted. */
  keptAccounts: number;
  keptDeals: number;
}

/**
 * The plan was computed from records read before the dialog's review; if another tab edited
 * one since, overwriting it would lose that edit, so the import is refused instead.
 */
async function assertUnchanged<T extends { id: string; updatedAt: string }>(
  current: (ids: string[]) => Promise<(T | undefined)[]>,
  updates: readonly RecordUpdate<T>[],
  what: string,
): Promise<void> {
  if (updates.length === 0) return;
  const stored = await current(updates.map((u) => u.before.id));
  const changed = updates.find((u, i) => stored[i]?.updatedAt !== u.before.updatedAt);
  if (changed) {
    throw new ImportRepoError(
      'changed_since_review',
      `The ${what} “${changed.before.id}” changed after the import was checked. Review the import again.`,
    );
  }
}

function importRecord(
  plan: AccountImportPlan | DealImportPlan,
  parts: Pick<
    ImportRecord,
    'createdAccountIds' | 'createdDealIds' | 'previousAccounts' | 'previousDeals'
  >,
): ImportRecord {
  return checked(importRecordSchema, {
    id: plan.importId,
    createdAt: plan.now,
    updatedAt: plan.now,
    kind: plan.kind,
    fileName: plan.fileName,
    preset: plan.preset,
    rowCount: plan.rowCount,
    status: 'applied',
    ...parts,
  });
}

/**
 * Issuing 10,000 puts at once blocks the page for a second while each record is cloned; chunks
 * let the browser paint and handle input between them, still inside the one transaction.
 * The next chunk is queued before the previous one has finished, so the database always has
 * writes waiting and never idles while the page clones the next chunk.
 */
const WRITE_CHUNK = 500;
const CHUNKS_IN_FLIGHT = 2;

/** Called with the records written so far; none of them is kept unless the whole commit is. */
export type WriteProgress = (written: number) => void;

/** Counts what every writeInChunks of one commit has written, for one progress callback. */
function progressCounter(onProgress: WriteProgress | undefined) {
  let written = 0;
  return (n: number) => {
    written += n;
    onProgress?.(written);
  };
}

async function writeInChunks<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  wrote: (n: number) => void,
) {
  const inFlight: Promise<unknown>[] = [];
  try {
    for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
      const chunk = rows.slice(i, i + WRITE_CHUNK);
      inFlight.push(write(chunk).then(() => wrote(chunk.length)));
      if (inFlight.length >= CHUNKS_IN_FLIGHT) await inFlight.shift();
    }
    // One by one, not with Promise.all: only Dexie's own promises are certain to resume
    // inside the transaction, which must still be open for the import record after them.
    for (const pending of inFlight) await pending;
  } catch (error) {
    // The first failure aborts the whole transaction; the chunks still queued behind it are
    // settled here so that their own failure is not reported again as unhandled.
    for (const pending of inFlight) await pending.catch(() => undefined);
    throw error;
  }
}

/** Deals a plan writes: an account import writes none. */
function dealWrites(plan: AccountImportPlan | DealImportPlan) {
  return plan.kind === 'deals'
    ? { createDeals: plan.createDeals, updateDeals: plan.updateDeals }
    : { createDeals: [], updateDeals: [] };
}

/**
 * Writes a plan and its import record in one transaction, accounts before the deals that may
 * name them, after checking that nothing the plan updates was edited since the review.
 */
export async function commitImport(
  db: WorkspaceDb,
  plan: AccountImportPlan | DealImportPlan,
  onProgress?: WriteProgress,
): Promise<ImportCommitResult> {
  const { createDeals, updateDeals } = dealWrites(plan);
  const record = importRecord(plan, {
    createdAccountIds: plan.createAccounts.map((a) => a.id),
    createdDealIds: createDeals.map((d) => d.id),
    previousAccounts: plan.updateAccounts.map((u) => u.before),
    previousDeals: updateDeals.map((u) => u.before),
  });
  await db.transaction('rw', [db.accounts, db.deals, db.imports, db.changes], async (tx) => {
    setChangeSource(tx, 'import');
    await assertUnchanged((ids) => db.accounts.bulkGet(ids), plan.updateAccounts, 'account');
    await assertUnchanged((ids) => db.deals.bulkGet(ids), updateDeals, 'deal');
    const wrote = progressCounter(onProgress);
    await writeInChunks(plan.createAccounts, (chunk) => db.accounts.bulkAdd(chunk), wrote);
    await writeInChunks(
      plan.updateAccounts.map((u) => u.after),
      (chunk) => db.accounts.bulkPut(chunk),
      wrote,
    );
    await writeInChunks(createDeals, (chunk) => db.deals.bulkAdd(chunk), wrote);
    await writeInChunks(
      updateDeals.map((u) => u.after),
      (chunk) => db.deals.bulkPut(chunk),
      wrote,
    );
    await db.imports.add({ ...record, changeSeq: await lastChangeSeq(db) });
  });
  // Created and updated count records of the imported kind; accountsCreated, every account.
  const ofKind = plan.kind === 'deals' ? { createDeals, updateDeals } : null;
  return {
    importId: plan.importId,
    created: ofKind ? ofKind.createDeals.length : plan.createAccounts.length,
    updated: ofKind ? ofKind.updateDeals.length : plan.updateAccounts.length,
    skipped: plan.skipped,
    accountsCreated: plan.createAccounts.length,
  };
}

/** The names the import tests and callers of one kind of plan know it by. */
export const commitAccountImport = commitImport;
export const commitDealImport = commitImport;

function touchedIds(record: ImportRecord): Set<string> {
  const ids = new Set([...record.createdAccountIds, ...record.createdDealIds]);
  for (const previous of [...record.previousAccounts, ...record.previousDeals]) {
    if (typeof previous === 'object' && previous !== null && 'id' in previous) {
      ids.add(String(previous.id));
    }
  }
  return ids;
}

/**
 * Deletes what the import created and puts back the before-images of what it overwrote, except
 * records edited since (the change log says which): those keep their edit and are counted.
 * Refused when it cannot restore safely: already undone, a later import changed the same
 * records (undo that first), or something else now points at an account it would delete.
 */
export async function undoImport(
  db: WorkspaceDb,
  importId: string,
  now: string,
): Promise<UndoResult> {
  return db.transaction(
    'rw',
    [db.accounts, db.deals, db.contacts, db.interviews, db.highlights, db.imports, db.changes],
    async (tx) => {
      setChangeSource(tx, 'undo');
      const record = await db.imports.get(importId);
      if (!record) throw new ImportRepoError('not_found', 'This import no longer exists.');
      if (record.status === 'undone') {
        throw new ImportRepoError(
          'already_undone',
          `The import of “${record.fileName}” was already undone; there is nothing left to undo.`,
        );
      }

      const mine = touchedIds(record);
      const later = (await db.imports.where('createdAt').aboveOrEqual(record.createdAt).toArray())
        .filter((other) => other.id !== record.id && other.status === 'applied')
        .find((other) => [...touchedIds(other)].some((id) => mine.has(id)));
      if (later) {
        throw new ImportRepoError(
          'later_import',
          `The later import of “${later.fileName}” changed the same records. Undo it first.`,
        );
      }

      // The raw images, not zod's output: parsing trims text and drops unknown keys, and Undo
      // must put back exactly what was stored.
      if (
        !accountSchema.array().safeParse(record.previousAccounts).success ||
        !dealSchema.array().safeParse(record.previousDeals).success
      ) {
        throw new ImportRepoError(
          'corrupt_record',
          'The saved before-images of this import are damaged, so it cannot be undone safely.',
        );
      }
      const previousAccounts = record.previousAccounts as Account[];
      const previousDeals = record.previousDeals as Deal[];
      const since = record.changeSeq ?? 0;
      const [editedAccounts, editedDeals] = await Promise.all([
        keysEditedAfter(
          db,
          'accounts',
          [...record.createdAccountIds, ...previousAccounts.map((a) => a.id)],
          since,
        ),
        keysEditedAfter(
          db,
          'deals',
          [...record.createdDealIds, ...previousDeals.map((d) => d.id)],
          since,
        ),
      ]);
      const untouched = <T>(ids: readonly T[], edited: Set<string>, id: (x: T) => string) =>
        ids.filter((x) => !edited.has(id(x)));
      const created = untouched(record.createdAccountIds, editedAccounts, (id) => id);
      const createdDeals = untouched(record.createdDealIds, editedDeals, (id) => id);
      const accounts = untouched(previousAccounts, editedAccounts, (a) => a.id);
      const restoredDeals = untouched(previousDeals, editedDeals, (d) => d.id);

      // A deal the import made but someone edited since stays, so it counts as a dependant.
      const ownDeals = new Set(createdDeals);
      const [deals, contacts, interviews, highlights] = await Promise.all([
        db.deals
          .where('accountId')
          .anyOf(created)
          .filter((d) => !ownDeals.has(d.id))
          .count(),
        db.contacts.where('accountId').anyOf(created).count(),
        db.interviews.where('accountId').anyOf(created).count(),
        db.highlights.where('accountId').anyOf(created).count(),
      ]);
      const dependants = [
        [deals, 'deal'],
        [contacts, 'contact'],
        [interviews, 'interview'],
        [highlights, 'quote'],
      ] as const;
      const blocking = dependants.filter(([count]) => count > 0);
      if (blocking.length > 0) {
        const list = blocking.map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`).join(', ');
        throw new ImportRepoError(
          'has_dependants',
          `Accounts this import created now have ${list}; undoing it would leave them without an account.`,
        );
      }

      await db.deals.bulkDelete(createdDeals);
      await db.accounts.bulkDelete(created);
      await db.accounts.bulkPut(accounts);
      await db.deals.bulkPut(restoredDeals);
      await db.imports.put({ ...record, status: 'undone', updatedAt: now });
      return {
        deletedAccounts: created.length,
        deletedDeals: createdDeals.length,
        restoredAccounts: accounts.length,
        restoredDeals: restoredDeals.length,
        keptAccounts:
          record.createdAccountIds.length +
          previousAccounts.length -
          created.length -
          accounts.length,
        keptDeals:
          record.createdDealIds.length +
          previousDeals.length -
          createdDeals.length -
          restoredDeals.length,
      };
    },
  );
}
