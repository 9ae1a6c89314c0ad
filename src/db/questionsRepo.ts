import { askedCounts } from '../domain/questionBank';
import { questionSchema, type Question } from '../domain/schemas/question';
import { checked } from './checked';
import type { WorkspaceDb } from './schema';

/** The bank in alphabetical order: the Guides page lists it to find a question by its words. */
export async function listQuestions(db: WorkspaceDb): Promise<Question[]> {
  const questions = await db.questions.toArray();
  return questions.sort((a, b) => a.text.localeCompare(b.text));
}

const textSchema = questionSchema.shape.text;

/** Adds a question to the bank; a text the bank already holds is refused, not duplicated. */
export function createQuestion(
  db: WorkspaceDb,
  text: string,
  now: string,
  id: string,
): Promise<Question> {
  return db.transaction('rw', db.questions, async () => {
    const valid = checked(textSchema, text);
    const all = await db.questions.toArray();
    if (all.some((q) => q.text === valid)) throw new Error('The bank already holds this question.');
    const question = { id, text: valid, createdAt: now, updatedAt: now };
    await db.questions.add(question);
    return question;
  });
}

/** Changes a question's text, so every guide that lists it reads the new one; returns it before. */
export function updateQuestionText(
  db: WorkspaceDb,
  id: string,
  text: string,
  now: string,
): Promise<Question> {
  return db.transaction('rw', db.questions, async () => {
    const valid = checked(textSchema, text);
    const before = await db.questions.get(id);
    if (!before) throw new Error('This question no longer exists.');
    const all = await db.questions.toArray();
    if (all.some((q) => q.id !== id && q.text === valid)) {
      throw new Error('The bank already holds a question with this text.');
    }
    await db.questions.put({ ...before, text: valid, updatedAt: now });
    return before;
  });
}

/** In how many interviews each question was ticked off as asked (questionBank.ts). */
export async function loadQuestionCoverage(db: WorkspaceDb): Promise<Map<string, number>> {
  return askedCounts(await db.interviews.toArray());
}

/**
 * Deletes a question no guide asks; one still asked is refused, so no guide is left naming a
 * question that is gone. Interviews keep their ticks: Undo puts the question back under its id.
 */
export function deleteUnusedQuestion(db: WorkspaceDb, id: string): Promise<Question | undefined> {
  return db.transaction('rw', [db.questions, db.guides], async () => {
    const asking = await db.guides.filter((g) => g.questionIds.includes(id)).count();
    if (asking > 0) throw new Error('A guide still asks this question: remove it there first.');
    const question = await db.questions.get(id);
    if (question) await db.questions.delete(id);
    return question;
  });
}
