import type { Highlight } from '../domain/schemas/highlight';
import type { QuoteAccount, QuoteInterview } from '../domain/quoteFilters';
import { setChangeSource } from './changeLog';
import { keysEditedAfter, lastChangeSeq } from './changeQueries';
import type { WorkspaceDb } from './schema';
import { withItem, withoutItem } from '../domain/lists';

export async function listAllHighlights(db: WorkspaceDb): Promise<Highlight[]> {
  return db.highlights.toArray();
}

/** Accounts and interviews cut down to what a quote row shows. */
export async function listQuoteContext(
  db: WorkspaceDb,
): Promise<{ accounts: QuoteAccount[]; interviews: QuoteInterview[] }> {
  const [accounts, interviews] = await Promise.all([
    db.accounts.toArray(),
    db.interviews.toArray(),
  ]);
  return {
    accounts: accounts.map(({ id, name, cohort }) => ({ id, name, cohort })),
    interviews: interviews.map(({ id, accountId, date, interviewer }) => ({
      id,
      accountId,
      date,
      interviewer,
    })),
  };
}

/** The quotes a bulk edit changed, as they were before, and the change log's position after it. */
export interface BulkCodeChange {
  before: Highlight[];
  seq: number;
}

/**
 * Applies `change` to the codes of each quote in one transaction and returns the quotes it
 * changed as they were before, for restoreQuotes. Quotes the change leaves alone are not
 * written, so Undo puts back exactly what was touched.
 */
async function changeCodes(
  db: WorkspaceDb,
  highlightIds: readonly string[],
  codeId: string,
  now: string,
  change: (codeIds: string[]) => string[],
): Promise<BulkCodeChange> {
  return db.transaction('rw', db.highlights, db.codes, db.changes, async () => {
    if (!(await db.codes.get(codeId))) throw new Error('This code no longer exists.');
    const found = await db.highlights.bulkGet([...new Set(highlightIds)]);
    const before: Highlight[] = [];
    const after: Highlight[] = [];
    for (const highlight of found) {
      if (!highlight) continue;
      const codeIds = change(highlight.codeIds);
      if (
        codeIds.length === highlight.codeIds.length &&
        codeIds.every((id, i) => id === highlight.codeIds[i])
      ) {
        continue;
      }
      before.push(highlight);
      after.push({ ...highlight, codeIds, updatedAt: now });
    }
    await db.highlights.bulkPut(after);
    return { before, seq: await lastChangeSeq(db) };
  });
}

export async function bulkAddCode(
  db: WorkspaceDb,
  highlightIds: readonly string[],
  codeId: string,
  now: string,
): Promise<BulkCodeChange> {
  return changeCodes(db, highlightIds, codeId, now, (codeIds) => withItem(codeIds, codeId));
}

export async function bulkRemoveCode(
  db: WorkspaceDb,
  highlightIds: readonly string[],
  codeId: string,
  now: string,
): Promise<BulkCodeChange> {
  return changeCodes(db, highlightIds, codeId, now, (codeIds) => withoutItem(codeIds, codeId));
}

/**
 * Undo for the bulk edits: puts the before-images back, except on quotes edited since (in any
 * tab), which keep that edit and are counted. A quote deleted since stays deleted; Undo reverts
 * the edit, it does not resurrect.
 */
export async function restoreQuotes(
  db: WorkspaceDb,
  { before, seq }: BulkCodeChange,
): Promise<{ restored: number; kept: number }> {
  return db.transaction('rw', db.highlights, db.changes, async (tx) => {
    setChangeSource(tx, 'undo');
    const ids = before.map((h) => h.id);
    const [current, edited] = await Promise.all([
      db.highlights.bulkGet(ids),
      keysEditedAfter(db, 'highlights', ids, seq),
    ]);
    const live = before.filter((_, i) => current[i] !== undefined);
    const restore = live.filter((h) => !edited.has(h.id));
    await db.highlights.bulkPut(restore);
    return { restored: restore.length, kept: live.length - restore.length };
  });
}
