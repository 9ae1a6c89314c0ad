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
export interface BulkQuoteChange {
  before: Highlight[];
  seq: number;
}

/** The two lists of ids on a quote a bulk edit changes: its codes and its ICP traits. */
export type QuoteLinkField = 'codeIds' | 'traitIds';

/** One bulk edit: add the code or trait `id` to each quote's list, or take it off. */
export interface QuoteLinkEdit {
  field: QuoteLinkField;
  id: string;
  op: 'add' | 'remove';
}

const GONE: Record<QuoteLinkField, string> = {
  codeIds: 'This code no longer exists.',
  traitIds: 'This trait no longer exists.',
};

/**
 * Applies `edit` to each quote in one transaction and returns the quotes it changed as they were
 * before, for restoreQuotes. Quotes the edit leaves alone are not written, so Undo puts back
 * exactly what was touched.
 */
export async function bulkEditQuotes(
  db: WorkspaceDb,
  highlightIds: readonly string[],
  { field, id, op }: QuoteLinkEdit,
  now: string,
): Promise<BulkQuoteChange> {
  const target = field === 'codeIds' ? db.codes : db.traits;
  return db.transaction('rw', db.highlights, target, db.changes, async () => {
    if (!(await target.get(id))) throw new Error(GONE[field]);
    const found = await db.highlights.bulkGet([...new Set(highlightIds)]);
    const before: Highlight[] = [];
    const after: Highlight[] = [];
    for (const highlight of found) {
      if (!highlight) continue;
      const has = highlight[field].includes(id);
      if (has === (op === 'add')) continue;
      before.push(highlight);
      const ids = op === 'add' ? withItem(highlight[field], id) : withoutItem(highlight[field], id);
      after.push({ ...highlight, [field]: ids, updatedAt: now });
    }
    await db.highlights.bulkPut(after);
    return { before, seq: await lastChangeSeq(db) };
  });
}

/**
 * Undo for the bulk edits: puts the before-images back, except on quotes edited since (in any
 * tab), which keep that edit and are counted. A quote deleted since stays deleted; Undo reverts
 * the edit, it does not resurrect.
 */
export async function restoreQuotes(
  db: WorkspaceDb,
  { before, seq }: BulkQuoteChange,
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
