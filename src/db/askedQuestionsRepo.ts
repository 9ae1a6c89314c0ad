import { askedOf } from '../domain/questionBank';
import type { AskedQuestion } from '../domain/schemas/interview';
import type { WorkspaceDb } from './schema';

/**
 * Sets how one guide question stands on an interview: `entry` ticks it (replacing an earlier
 * tick), null unticks it. Only `askedQuestions` is written, so notes typed meanwhile are never
 * overwritten. Resolves to the question's entry as it was.
 */
export function setAsked(
  db: WorkspaceDb,
  interviewId: string,
  questionId: string,
  entry: AskedQuestion | null,
): Promise<AskedQuestion | null> {
  return db.transaction('rw', db.interviews, async () => {
    const interview = await db.interviews.get(interviewId);
    if (!interview) throw new Error('This interview no longer exists.');
    const asked = askedOf(interview);
    const before = asked.find((a) => a.questionId === questionId) ?? null;
    const others = asked.filter((a) => a.questionId !== questionId);
    await db.interviews.update(interviewId, {
      askedQuestions: entry ? [...others, entry] : others,
    });
    return before;
  });
}
