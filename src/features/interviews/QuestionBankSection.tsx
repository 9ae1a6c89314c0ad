import { usageLabel } from '../../domain/questionBank';
import type { Question } from '../../domain/schemas/question';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';

interface Props {
  questions: readonly Question[];
  /** Guides per question. */
  usage: ReadonlyMap<string, number>;
  /** Interviews per question in which it was ticked off as asked. */
  coverage: ReadonlyMap<string, number> | undefined;
  onEdit(question: Question): void;
  /** Offered only for a question no guide asks: deleting one still asked would orphan it. */
  onDelete(question: Question): void;
  onAdd(): void;
}

/** The workspace's questions, each with the guides that ask it and the interviews it was asked in. */
export function QuestionBankSection({
  questions,
  usage,
  coverage,
  onEdit,
  onDelete,
  onAdd,
}: Props) {
  return (
    <section aria-labelledby="question-bank-heading" className="interview-guide-group">
      <div className="interview-guide-card-head">
        <h2 id="question-bank-heading">Question bank</h2>
        <span className="count">{plural(questions.length, 'question')}</span>
        <button type="button" onClick={onAdd}>
          New question
        </button>
      </div>
      <p className="field-hint">
        Guides pick their questions from here. Edit a question once and every guide that asks it
        shows the new text.
      </p>
      {questions.length === 0 ? (
        <EmptyState title="No questions yet">
          <p>Add the starter guides, or a question of your own.</p>
        </EmptyState>
      ) : (
        <ul className="question-bank-list">
          {questions.map((question) => {
            const guides = usage.get(question.id) ?? 0;
            const asked = coverage?.get(question.id) ?? 0;
            return (
              <li key={question.id} className="question-bank-item">
                <span className="question-bank-text">{question.text}</span>
                <span className="field-hint">
                  {usageLabel(guides) ?? (guides === 1 ? 'Used in 1 guide' : 'In no guide')} ·{' '}
                  {coverage ? `asked in ${plural(asked, 'interview')}` : 'counting interviews…'}
                </span>
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={`Edit question: ${question.text}`}
                    onClick={() => onEdit(question)}
                  >
                    Edit
                  </button>
                  {guides === 0 && (
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Delete question: ${question.text}`}
                      onClick={() => onDelete(question)}
                    >
                      Delete
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
