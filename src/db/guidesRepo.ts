import { defaultGuides } from '../domain/defaultGuides';
import { COHORTS, type Cohort } from '../domain/schemas/cohort';
import { guideSchema, type Guide } from '../domain/schemas/guide';
import { deleteReturning, restoreRecord } from './recordWrites';
import type { WorkspaceDb } from './schema';
import { newId } from './workspaceRegistry';
import { checked } from './checked';

const COHORT_ORDER = new Map<Cohort, number>(COHORTS.map((cohort, index) => [cohort, index]));

/** Cohort order (guides without a cohort last), then name. */
export async function listGuides(db: WorkspaceDb): Promise<Guide[]> {
  const guides = await db.guides.toArray();
  const rank = (g: Guide) => (g.cohort ? (COHORT_ORDER.get(g.cohort) ?? 0) : COHORTS.length);
  return guides.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export async function getGuide(db: WorkspaceDb, id: string): Promise<Guide | undefined> {
  return db.guides.get(id);
}

export interface GuideInput {
  name: string;
  cohort: Cohort | null;
  questions: string[];
}

const guideInputSchema = guideSchema.pick({ name: true, cohort: true, questions: true });

export async function createGuide(
  db: WorkspaceDb,
  input: GuideInput,
  now: string,
  id: string = newId(),
): Promise<Guide> {
  const guide = checked(guideSchema, { ...input, id, createdAt: now, updatedAt: now });
  await db.guides.add(guide);
  return guide;
}

export async function updateGuide(
  db: WorkspaceDb,
  id: string,
  input: GuideInput,
  now: string,
): Promise<void> {
  const valid = checked(guideInputSchema, input);
  const updated = await db.guides.update(id, { ...valid, updatedAt: now });
  if (updated === 0) throw new Error('This guide no longer exists.');
}

/**
 * Interviews keep their guideId: the interview page says the guide was deleted, and Undo
 * (restoreGuide) puts it back with the same id so they pick it up again.
 */
export function deleteGuide(db: WorkspaceDb, id: string): Promise<Guide | undefined> {
  return deleteReturning(db, db.guides, id);
}

export function restoreGuide(db: WorkspaceDb, guide: Guide): Promise<void> {
  return restoreRecord(db, db.guides, guide);
}

/** Adds the DOMAIN.md §3 question bank's guide for each cohort that has no guide yet. */
export async function addStarterGuides(db: WorkspaceDb, now: string): Promise<number> {
  return db.transaction('rw', db.guides, async () => {
    const existing = await db.guides.toArray();
    const covered = new Set(existing.map((g) => g.cohort));
    const ids = new Set(existing.map((g) => g.id));
    const missing = defaultGuides(now).filter((g) => !covered.has(g.cohort) && !ids.has(g.id));
    await db.guides.bulkAdd(missing);
    return missing.length;
  });
}

/** The guide an interview with this cohort starts from: the first one written for it. */
export function guideForCohort(guides: readonly Guide[], cohort: Cohort | null): Guide | undefined {
  return cohort ? guides.find((g) => g.cohort === cohort) : undefined;
}
