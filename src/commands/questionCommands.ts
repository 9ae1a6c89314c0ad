import { restoreDeleted } from '../db/recordUndo';
import { createQuestion, deleteUnusedQuestion, updateQuestionText } from '../db/questionsRepo';
import type { Question } from '../domain/schemas/question';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import {
  deleteUnlessEdited,
  markedWrite,
  putBackUnlessEdited,
  restoreReport,
  undoReport,
} from './recordUndo';

/** Adds a question to the bank. Its Undo removes it, unless it was edited since. */
export async function createQuestionCommand(
  ctx: CommandContext,
  { text }: { text: string },
): Promise<CommandOutcome<Question>> {
  const { db } = ctx;
  const { result: question, seq } = await markedWrite(db, [db.questions], () =>
    createQuestion(db, text, ctx.now(), ctx.newId()),
  );
  return {
    result: question,
    message: 'Question added to the bank',
    undo: async () => {
      const kept = await deleteUnlessEdited(db, db.questions, question.id, seq);
      return undoReport(kept, 'The question was removed from the bank.', 'question');
    },
  };
}

export interface UpdateQuestionInput {
  id: string;
  text: string;
}

/**
 * Changes a bank question's text: every guide that lists it shows the new text. Its Undo puts
 * the old text back, unless the question was edited since.
 */
export async function updateQuestionCommand(
  ctx: CommandContext,
  { id, text }: UpdateQuestionInput,
): Promise<CommandOutcome<null>> {
  const { db } = ctx;
  const { result: before, seq } = await markedWrite(db, [db.questions], () =>
    updateQuestionText(db, id, text, ctx.now()),
  );
  return {
    result: null,
    message: 'Question saved in every guide that uses it',
    undo: async () => {
      const kept = await putBackUnlessEdited(db, db.questions, before, seq);
      return undoReport(kept, 'The question is back to how it was.', 'question');
    },
  };
}

/**
 * Deletes a question no guide asks any more. Its Undo puts it back with the same id (ticks on
 * interviews name it), unless a question with that id exists again.
 */
export async function deleteQuestionCommand(
  ctx: CommandContext,
  { id }: { id: string },
): Promise<CommandOutcome<Question | null>> {
  const { db } = ctx;
  const removed = await deleteUnusedQuestion(db, id);
  if (!removed) return { result: null, message: 'The question was already deleted.' };
  return {
    result: removed,
    message: 'Question deleted from the bank',
    undo: async () => {
      const kept = await restoreDeleted(db, db.questions, removed);
      return restoreReport(kept, 'The question is back in the bank.', 'question');
    },
  };
}
