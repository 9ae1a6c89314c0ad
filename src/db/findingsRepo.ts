import type { Cohort } from '../domain/schemas/cohort';
import { findingSchema, type Finding } from '../domain/schemas/finding';
import type { WorkspaceDb } from './schema';
import { checked } from './checked';
import { restoreDeleted } from './recordUndo';
import { modifyChecked, recordAdder } from './recordWrites';
import { withItem, withoutItem } from '../domain/lists';

export type FindingStatus = Finding['status'];

export interface NewFinding {
  statement: string;
  cohort: Cohort | null;
  codeIds?: readonly string[];
  highlightIds?: readonly string[];
}

/** Oldest first, so a finding keeps its place in the list while the team reviews it. */
export async function listFindings(db: WorkspaceDb): Promise<Finding[]> {
  const findings = await db.findings.toArray();
  return findings.sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** Every finding starts as a draft: it is accepted or rejected in review, not when written. */
export const createFinding = recordAdder(
  (db) => db.findings,
  findingSchema,
  (input: NewFinding) => ({
    statement: input.statement,
    codeIds: [...new Set(input.codeIds ?? [])],
    highlightIds: [...new Set(input.highlightIds ?? [])],
    cohort: input.cohort,
    status: 'draft',
  }),
);

/** Reads and writes in one transaction so two tabs editing one finding cannot lose a link. */
async function change(
  db: WorkspaceDb,
  id: string,
  now: string,
  edit: (finding: Finding) => Partial<Finding>,
): Promise<Finding> {
  return modifyChecked(
    db,
    db.findings,
    findingSchema,
    id,
    'This finding no longer exists.',
    (current) => ({
      ...current,
      ...edit(current),
      updatedAt: now,
    }),
  );
}

export function updateFindingStatus(
  db: WorkspaceDb,
  id: string,
  status: FindingStatus,
  now: string,
): Promise<Finding> {
  return change(db, id, now, () => ({ status }));
}

export function updateFindingStatement(
  db: WorkspaceDb,
  id: string,
  statement: string,
  now: string,
): Promise<Finding> {
  return change(db, id, now, () => ({ statement }));
}

/** Linking a quote twice is a no-op: the evidence counts quotes once. */
export function linkHighlight(
  db: WorkspaceDb,
  id: string,
  highlightId: string,
  now: string,
): Promise<Finding> {
  return change(db, id, now, (finding) => ({
    highlightIds: withItem(finding.highlightIds, highlightId),
  }));
}

/** Links many quotes at once; those already linked stay as they are, each listed once. */
export function linkHighlights(
  db: WorkspaceDb,
  id: string,
  highlightIds: readonly string[],
  now: string,
): Promise<Finding> {
  return change(db, id, now, (finding) => ({
    highlightIds: [...new Set([...finding.highlightIds, ...highlightIds])],
  }));
}

export function unlinkHighlight(
  db: WorkspaceDb,
  id: string,
  highlightId: string,
  now: string,
): Promise<Finding> {
  return change(db, id, now, (finding) => ({
    highlightIds: withoutItem(finding.highlightIds, highlightId),
  }));
}

/** Returns the deleted finding so an Undo can put it back exactly as it was. */
export async function deleteFinding(db: WorkspaceDb, id: string): Promise<Finding> {
  return db.transaction('rw', db.findings, async () => {
    const current = await db.findings.get(id);
    if (!current) throw new Error('This finding no longer exists.');
    await db.findings.delete(id);
    return current;
  });
}

/** Undo of deleteFinding; a finding back under the same id already is kept. Returns whether it was. */
export function restoreFinding(db: WorkspaceDb, finding: Finding): Promise<boolean> {
  return restoreDeleted(db, db.findings, checked(findingSchema, finding));
}
