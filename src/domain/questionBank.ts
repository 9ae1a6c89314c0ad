/**
 * The workspace question bank: how guides written before it (each holding its own question
 * texts) become bank questions, and what the Guides page says about each question.
 */
import type { Guide } from './schemas/guide';
import type { AskedQuestion, Interview } from './schemas/interview';
import type { Question } from './schemas/question';

/** Schema version 5 gave guides question ids instead of texts. */
export const QUESTION_BANK_SINCE_VERSION = 5;

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Guides as stored before version 5, with their question texts moved to the bank: the same
 * text (trimmed) in several guides becomes one question, ids `question-1`, `question-2`, … in
 * order of first use, and each guide lists its questions' ids in its own order (a text asked
 * twice in a guide stays twice). A question takes the first guide's times that used it.
 * Rows already in today's shape, or not guides at all, are left for the schema to judge.
 */
export function guidesWithBank(rows: readonly unknown[]): {
  guides: unknown[];
  questions: Question[];
} {
  const byText = new Map<string, Question>();
  const guides = rows.map((row) => {
    if (!isRow(row) || !Array.isArray(row.questions)) return row;
    const { questions: texts, ...rest } = row;
    const questionIds = texts.map((text: unknown) => {
      if (typeof text !== 'string') return text;
      const key = text.trim();
      let question = byText.get(key);
      if (!question) {
        const at = typeof row.createdAt === 'string' ? row.createdAt : '';
        question = { id: `question-${byText.size + 1}`, text: key, createdAt: at, updatedAt: at };
        byText.set(key, question);
      }
      return question.id;
    });
    return { ...rest, questionIds };
  });
  return { guides, questions: [...byText.values()] };
}

/** How many guides list each question (a guide listing it twice counts once). */
export function guideUsage(guides: readonly Pick<Guide, 'questionIds'>[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const guide of guides) {
    for (const id of new Set(guide.questionIds)) usage.set(id, (usage.get(id) ?? 0) + 1);
  }
  return usage;
}

/** "Used in 4 guides", or null for a question one guide alone uses. */
export function usageLabel(count: number): string | null {
  if (count < 2) return null;
  return `Used in ${count} guides`;
}

export const askedOf = (interview: Pick<Interview, 'askedQuestions'>): AskedQuestion[] =>
  interview.askedQuestions ?? [];

/** In how many interviews each question was ticked off as asked. */
export function askedCounts(
  interviews: readonly Pick<Interview, 'askedQuestions'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const interview of interviews) {
    for (const id of new Set(askedOf(interview).map((a) => a.questionId))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** The guide's first question not yet ticked, or null when all are. */
export function nextUnasked(
  questionIds: readonly string[],
  asked: readonly Pick<AskedQuestion, 'questionId'>[],
): string | null {
  const done = new Set(asked.map((a) => a.questionId));
  return questionIds.find((id) => !done.has(id)) ?? null;
}

/** A guide's questions in order, with their texts; ids missing from the bank are left out. */
export function questionsOf(
  guide: Pick<Guide, 'questionIds'>,
  bank: ReadonlyMap<string, Question>,
): Question[] {
  return guide.questionIds.flatMap((id) => {
    const question = bank.get(id);
    return question ? [question] : [];
  });
}
