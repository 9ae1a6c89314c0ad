import type { Account } from '../domain/schemas/account';
import type { Code } from '../domain/schemas/code';
import { highlightSchema, type Highlight } from '../domain/schemas/highlight';
import type { Trait } from '../domain/schemas/trait';
import { restoreDeleted } from './recordUndo';
import { deleteReturning, recordAdder } from './recordWrites';
import type { WorkspaceDb } from './schema';
import { withItem, withoutItem } from '../domain/lists';

export interface QuoteRow {
  highlight: Highlight;
  account: Account | undefined;
  codes: Code[];
}

export async function listQuotes(db: WorkspaceDb): Promise<QuoteRow[]> {
  const [highlights, accounts, codes] = await Promise.all([
    db.highlights.toArray(),
    db.accounts.toArray(),
    db.codes.toArray(),
  ]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const codeById = new Map(codes.map((c) => [c.id, c]));
  return highlights.map((highlight) => ({
    highlight,
    account: accountById.get(highlight.accountId),
    codes: highlight.codeIds.flatMap((id) => codeById.get(id) ?? []),
  }));
}

export interface EvidenceSummary {
  quotes: number;
  accounts: number;
  interviews: number;
}

/** Distinct accounts, not quotes: one talkative customer is one voice. */
export async function summariseEvidence(db: WorkspaceDb): Promise<EvidenceSummary> {
  const [highlights, interviews] = await Promise.all([
    db.highlights.toArray(),
    db.interviews.count(),
  ]);
  return {
    quotes: highlights.length,
    accounts: new Set(highlights.map((h) => h.accountId)).size,
    interviews,
  };
}

export interface NewHighlight {
  interviewId: string;
  accountId: string;
  anchor: Highlight['anchor'];
  codeIds: string[];
  traitIds?: string[];
  speaker?: string | null;
}

export const createHighlight = recordAdder(
  (db) => db.highlights,
  highlightSchema,
  (input: NewHighlight) => ({
    interviewId: input.interviewId,
    accountId: input.accountId,
    codeIds: [...new Set(input.codeIds)],
    traitIds: [...new Set(input.traitIds ?? [])],
    anchor: input.anchor,
    speaker: input.speaker ?? null,
    comment: null,
  }),
);

export async function listHighlightsForInterview(
  db: WorkspaceDb,
  interviewId: string,
): Promise<Highlight[]> {
  const highlights = await db.highlights.where('interviewId').equals(interviewId).toArray();
  return highlights.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Read-modify-write inside one transaction, so two quick code edits cannot overwrite each other. */
async function modifyHighlight(
  db: WorkspaceDb,
  id: string,
  change: (highlight: Highlight) => Partial<Highlight>,
): Promise<Highlight> {
  return db.transaction('rw', db.highlights, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) throw new Error('This quote no longer exists.');
    const changes = change(highlight);
    await db.highlights.update(id, changes);
    return { ...highlight, ...changes };
  });
}

export async function addHighlightCode(
  db: WorkspaceDb,
  id: string,
  codeId: string,
  now: string,
): Promise<Highlight> {
  return modifyHighlight(db, id, (h) => ({
    codeIds: withItem(h.codeIds, codeId),
    updatedAt: now,
  }));
}

export async function removeHighlightCode(
  db: WorkspaceDb,
  id: string,
  codeId: string,
  now: string,
): Promise<Highlight> {
  return modifyHighlight(db, id, (h) => ({
    codeIds: withoutItem(h.codeIds, codeId),
    updatedAt: now,
  }));
}

export async function updateHighlightCodes(
  db: WorkspaceDb,
  id: string,
  codeIds: string[],
  now: string,
): Promise<Highlight> {
  return modifyHighlight(db, id, () => ({ codeIds: [...new Set(codeIds)], updatedAt: now }));
}

export async function updateHighlightTraits(
  db: WorkspaceDb,
  id: string,
  traitIds: string[],
  now: string,
): Promise<Highlight> {
  return modifyHighlight(db, id, () => ({ traitIds: [...new Set(traitIds)], updatedAt: now }));
}

/** Returns what was deleted, so the caller can offer Undo with restoreHighlight. */
export function deleteHighlight(db: WorkspaceDb, id: string): Promise<Highlight | undefined> {
  return deleteReturning(db, db.highlights, id);
}

/** Undo of deleteHighlight; a quote back under the same id already is kept. Returns whether it was. */
export function restoreHighlight(db: WorkspaceDb, highlight: Highlight): Promise<boolean> {
  return restoreDeleted(db, db.highlights, highlight);
}

/** Traits a quote can be tagged with, by name. */
export async function listTraits(db: WorkspaceDb): Promise<Trait[]> {
  const traits = await db.traits.toArray();
  return traits.sort((a, b) => a.name.localeCompare(b.name));
}
