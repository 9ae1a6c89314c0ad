import { useId } from 'react';
import { Link } from 'react-router';
import type { Guide } from '../../domain/schemas/guide';
import type { AskedQuestion } from '../../domain/schemas/interview';
import type { Question } from '../../domain/schemas/question';
import { TICK_SHORTCUT_LABEL } from './notesEditing';

interface Props {
  guide: Guide | undefined;
  /** The guide's questions, in its order. */
  questions: readonly Question[];
  asked: readonly AskedQuestion[];
  /** Set while the guide it names no longer exists. */
  missingGuideId: string | null;
  onToggle(questionId: string, asked: boolean): void;
  onGoToAnswer(entry: AskedQuestion): void;
}

export function GuideQuestions({
  guide,
  questions,
  asked,
  missingGuideId,
  onToggle,
  onGoToAnswer,
}: Props) {
  const id = useId();
  const byQuestion = new Map(asked.map((a) => [a.questionId, a]));
  const done = questions.filter((q) => byQuestion.has(q.id)).length;
  return (
    <aside className="panel interview-guide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Guide questions</h2>
      {guide ? (
        <>
          <p className="interview-guide-name">{guide.name}</p>
          <p className="field-hint">
            {done} of {questions.length} asked. {TICK_SHORTCUT_LABEL} ticks the next one, linked to
            the line you are on.
          </p>
          <ol className="interview-questions">
            {questions.map((question) => {
              const entry = byQuestion.get(question.id);
              return (
                <li key={question.id} className={entry ? 'asked' : undefined}>
                  <label>
                    <input
                      type="checkbox"
                      checked={entry !== undefined}
                      onChange={(event) => onToggle(question.id, event.target.checked)}
                    />{' '}
                    {question.text}
                  </label>
                  {entry?.anchor && (
                    <button
                      type="button"
                      className="go-to-answer"
                      aria-label={`Go to answer: ${question.text}`}
                      onClick={() => onGoToAnswer(entry)}
                    >
                      Go to answer
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p>
          {missingGuideId
            ? 'The guide chosen for this interview was deleted.'
            : 'No guide was chosen for this interview.'}
        </p>
      )}
      <p>
        <Link to="/guides">Interview guides</Link>
      </p>
    </aside>
  );
}
