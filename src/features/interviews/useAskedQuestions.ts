import { useCallback, type RefObject } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { tickQuestionCommand, untickQuestionCommand } from '../../commands/askedQuestionCommands';
import type { InterviewView } from '../../db/interviewsRepo';
import { createAnchor, resolveAnchor } from '../../domain/anchoring';
import { askedOf, nextUnasked } from '../../domain/questionBank';
import type { AskedQuestion } from '../../domain/schemas/interview';
import type { Announce } from './announce';
import { quoteRangeInNotes, type TextRange } from './notesEditing';

/**
 * Ticking guide questions off during the call. The shortcut ticks the next unasked question,
 * linked to the line the cursor is on, and leaves the cursor where it was; a checkbox ticks
 * the one it belongs to, linked to where the cursor last stood in the notes. The commands'
 * Undo is not offered in a toast: unticking the box is the undo, one click or key away.
 */
export function useAskedQuestions(
  view: InterviewView,
  textareaRef: RefObject<HTMLTextAreaElement | null>,
  announce: Announce,
) {
  const ctx = useCommandContext();
  const run = useCommand();
  const { interview, questions } = view;
  const asked = askedOf(interview);

  const tick = useCallback(
    (questionId: string, text: string, range: TextRange | null) => {
      const anchor = range ? createAnchor(text, range.start, range.end, 'notes') : null;
      const question = questions.find((q) => q.id === questionId);
      void run(tickQuestionCommand(ctx, { interviewId: interview.id, questionId, anchor }), {
        failed: 'The question was not ticked',
        // On a call a toast per tick piles up over the notes; the live region says it, and
        // the checkbox takes it back.
        quiet: true,
        onFailed: (sentence) => announce(sentence, 'error'),
        onDone: () => announce(`Asked: ${question?.text ?? 'question'}`),
      });
    },
    [ctx, run, interview.id, questions, announce],
  );

  const tickNext = (text: string, range: TextRange | null) => {
    const next = nextUnasked(
      questions.map((q) => q.id),
      asked,
    );
    if (!next) announce('Every guide question is ticked already.', 'error');
    else tick(next, text, range);
  };

  const toggle = (questionId: string, checked: boolean) => {
    if (checked) {
      const el = textareaRef.current;
      const range = el ? quoteRangeInNotes(el.value, el.selectionStart, el.selectionEnd) : null;
      tick(questionId, el?.value ?? '', range);
      return;
    }
    void run(untickQuestionCommand(ctx, { interviewId: interview.id, questionId }), {
      failed: 'The question was not unticked',
      quiet: true,
      onFailed: (sentence) => announce(sentence, 'error'),
      onDone: () => announce('Question unticked.'),
    });
  };

  /** Puts the cursor at the end of the answering line, wherever the notes have moved it. */
  const goToAnswer = (entry: AskedQuestion) => {
    const el = textareaRef.current;
    if (!el || !entry.anchor) return;
    const found = resolveAnchor(el.value, entry.anchor);
    if (!found) {
      announce('The answering line is no longer in the notes.', 'error');
      return;
    }
    el.focus();
    el.setSelectionRange(found.end, found.end);
  };

  return { asked, tickNext, toggle, goToAnswer };
}
