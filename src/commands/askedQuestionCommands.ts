import { setAsked } from '../db/askedQuestionsRepo';
import { withSource } from '../db/changeLog';
import type { WorkspaceDb } from '../db/schema';
import { askedOf } from '../domain/questionBank';
import type { Anchor } from '../domain/schemas/highlight';
import type { AskedQuestion } from '../domain/schemas/interview';
import type { CommandContext } from './context';
import type { CommandOutcome, UndoReport } from './outcome';

export interface TickQuestionInput {
  interviewId: string;
  questionId: string;
  /** The notes line that answers it; null when the cursor sat on an empty line. */
  anchor: Anchor | null;
}

/**
 * Puts the question's entry back to `before`, unless it changed since `after` was written (the
 * question ticked or unticked again): notes typed meanwhile write the same record, so the
 * change log cannot tell, but the entry itself can.
 */
function revertEntry(
  db: WorkspaceDb,
  interviewId: string,
  questionId: string,
  after: AskedQuestion | null,
  before: AskedQuestion | null,
): Promise<UndoReport> {
  return withSource(db, 'undo', [db.interviews], async () => {
    const interview = await db.interviews.get(interviewId);
    const now = interview ? askedOf(interview).find((a) => a.questionId === questionId) : null;
    if (!interview || JSON.stringify(now ?? null) !== JSON.stringify(after)) {
      return { message: 'The question was ticked or unticked since, so it was kept.', kept: 1 };
    }
    await setAsked(db, interviewId, questionId, before);
    return {
      message: before ? 'The question is ticked again.' : 'The tick was taken back.',
      kept: 0,
    };
  });
}

/** Ticks a guide question as asked, linked to the line that answers it. Undo unticks it. */
export async function tickQuestionCommand(
  ctx: CommandContext,
  { interviewId, questionId, anchor }: TickQuestionInput,
): Promise<CommandOutcome<AskedQuestion>> {
  const entry = { questionId, at: ctx.now(), anchor };
  const before = await setAsked(ctx.db, interviewId, questionId, entry);
  return {
    result: entry,
    message: 'Question ticked as asked',
    undo: () => revertEntry(ctx.db, interviewId, questionId, entry, before),
  };
}

/** Unticks a guide question. Undo ticks it again with its link to the answer. */
export async function untickQuestionCommand(
  ctx: CommandContext,
  { interviewId, questionId }: { interviewId: string; questionId: string },
): Promise<CommandOutcome<null>> {
  const before = await setAsked(ctx.db, interviewId, questionId, null);
  return {
    result: null,
    message: 'Question unticked',
    undo: () => revertEntry(ctx.db, interviewId, questionId, null, before),
  };
}
