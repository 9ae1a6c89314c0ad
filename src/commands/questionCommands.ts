import { createQuestion, deleteUnusedQuestion, updateQuestionText } from '../db/questionsRepo';
import { commandAdding, commandDeleting, commandEditing } from './recordCommands';

/** Adds a question to the bank. Its Undo removes it, unless it was edited since. */
export const createQuestionCommand = commandAdding(
  (db) => db.questions,
  (db, { text }: { text: string }, now, id) => createQuestion(db, text, now, id),
  {
    what: 'question',
    message: 'Question added to the bank',
    undone: 'The question was removed from the bank.',
  },
);

export interface UpdateQuestionInput {
  id: string;
  text: string;
}

/**
 * Changes a bank question's text: every guide that lists it shows the new text. Its Undo puts
 * the old text back, unless the question was edited since.
 */
export const updateQuestionCommand = commandEditing(
  (db) => db.questions,
  ({ id }: UpdateQuestionInput) => id,
  async (db, { id, text }, now) => {
    await updateQuestionText(db, id, text, now);
    return null;
  },
  () => ({
    what: 'question',
    message: 'Question saved in every guide that uses it',
    undone: 'The question is back to how it was.',
  }),
);

/**
 * Deletes a question no guide asks any more. Its Undo puts it back with the same id (ticks on
 * interviews name it), unless a question with that id exists again.
 */
export const deleteQuestionCommand = commandDeleting(
  (db) => db.questions,
  (db, { id }: { id: string }) => deleteUnusedQuestion(db, id),
  {
    what: 'question',
    message: 'Question deleted from the bank',
    undone: 'The question is back in the bank.',
    gone: 'The question was already deleted.',
  },
);
