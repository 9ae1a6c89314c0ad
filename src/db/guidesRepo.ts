import { defaultGuideBank } from '../domain/defaultGuides';
import { COHORTS, type Cohort } from '../domain/schemas/cohort';
import { guideSchema, type Guide } from '../domain/schemas/guide';
import { questionSchema, type Question } from '../domain/schemas/question';
import { deleteReturning } from './recordWrites';
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

/** A question as the guide editor holds it: a bank question (id) or a new one (id null). */
export interface GuideQuestionInput {
  id: string | null;
  /** A changed text of a bank question changes it in every guide that uses it. */
  text: string;
}

export interface GuideInput {
  name: string;
  cohort: Cohort | null;
  questions: GuideQuestionInput[];
}

/** What a save changed, for its Undo: the guide as it was, questions added and edited. */
export interface SavedGuide {
  guide: Guide;
  before: Guide | undefined;
  addedQuestionIds: string[];
  editedQuestions: Question[];
}

const guideFieldsSchema = guideSchema.pick({ name: true, cohort: true });
const questionTextSchema = questionSchema.shape.text;

/**
 * Writes a guide and the bank questions it names, in one transaction: a new text that the bank
 * already holds reuses that question (so the core questions stay shared), any other new text
 * becomes a question, and an edited text changes the bank question for every guide.
 */
export function saveGuide(
  db: WorkspaceDb,
  id: string | null,
  input: GuideInput,
  now: string,
  makeId: () => string = newId,
): Promise<SavedGuide> {
  return db.transaction('rw', [db.guides, db.questions], async () => {
    const fields = checked(guideFieldsSchema, input);
    const texts = input.questions.map((q) => checked(questionTextSchema, q.text));
    const before = id ? await db.guides.get(id) : undefined;
    if (id && !before) throw new Error('This guide no longer exists.');
    const bank = await db.questions.toArray();
    const byText = new Map(bank.map((q) => [q.text, q]));
    const byId = new Map(bank.map((q) => [q.id, q]));
    const added: Question[] = [];
    const edited: Question[] = [];
    const questionIds = input.questions.map((q, index) => {
      const text = texts[index] ?? '';
      const stored = q.id ? byId.get(q.id) : undefined;
      if (stored) {
        if (stored.text !== text && !edited.some((e) => e.id === stored.id)) {
          edited.push(stored);
          byText.set(text, { ...stored, text });
        }
        return stored.id;
      }
      const same = byText.get(text);
      if (same) return same.id;
      const question = { id: makeId(), text, createdAt: now, updatedAt: now };
      added.push(question);
      byText.set(text, question);
      return question.id;
    });
    const guide = checked(guideSchema, {
      ...fields,
      questionIds,
      id: id ?? makeId(),
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    });
    const changed = edited.map((q) => ({
      ...q,
      text: texts[input.questions.findIndex((i) => i.id === q.id)] ?? q.text,
      updatedAt: now,
    }));
    if (added.length + changed.length > 0) await db.questions.bulkPut([...added, ...changed]);
    await db.guides.put(guide);
    return { guide, before, addedQuestionIds: added.map((q) => q.id), editedQuestions: edited };
  });
}

/**
 * Interviews keep their guideId: the interview page says the guide was deleted, and Undo
 * (restoreGuide) puts it back with the same id so they pick it up again.
 */
export function deleteGuide(db: WorkspaceDb, id: string): Promise<Guide | undefined> {
  return deleteReturning(db, db.guides, id);
}

/**
 * Adds the DOMAIN.md §3 starter guide for each cohort that has no guide yet. Their questions
 * come from the bank: a starter text the bank already holds is that question (so guides written
 * before share it), the others are added, under a fresh id if theirs is taken.
 */
export async function addStarterGuides(
  db: WorkspaceDb,
  now: string,
  makeId: () => string = newId,
): Promise<number> {
  return db.transaction('rw', [db.guides, db.questions], async () => {
    const existing = await db.guides.toArray();
    const covered = new Set(existing.map((g) => g.cohort));
    const ids = new Set(existing.map((g) => g.id));
    const starters = defaultGuideBank(now);
    const missing = starters.guides.filter((g) => !covered.has(g.cohort) && !ids.has(g.id));
    if (missing.length === 0) return 0;
    const bank = await db.questions.toArray();
    const byText = new Map(bank.map((q) => [q.text, q.id]));
    const taken = new Set(bank.map((q) => q.id));
    const idFor = new Map<string, string>();
    const added: Question[] = [];
    for (const question of starters.questions) {
      const known = byText.get(question.text);
      if (known) {
        idFor.set(question.id, known);
        continue;
      }
      const id = taken.has(question.id) ? makeId() : question.id;
      idFor.set(question.id, id);
      added.push({ ...question, id });
    }
    const guides = missing.map((g) => ({
      ...g,
      questionIds: g.questionIds.map((id) => idFor.get(id) ?? id),
    }));
    const used = new Set(guides.flatMap((g) => g.questionIds));
    await db.questions.bulkAdd(added.filter((q) => used.has(q.id)));
    await db.guides.bulkAdd(guides);
    return guides.length;
  });
}

/** The guide an interview with this cohort starts from: the first one written for it. */
export function guideForCohort(guides: readonly Guide[], cohort: Cohort | null): Guide | undefined {
  return cohort ? guides.find((g) => g.cohort === cohort) : undefined;
}
