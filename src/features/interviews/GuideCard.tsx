import type { Guide } from '../../domain/schemas/guide';
import type { Question } from '../../domain/schemas/question';
import { plural } from '../../ui/format';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';

interface Props {
  guide: Guide;
  /** The guide's bank questions, in its order. */
  questions: readonly Question[];
  onEdit(): void;
  onDelete(): void;
}

export function GuideCard({ guide, questions, onEdit, onDelete }: Props) {
  return (
    <li className="panel interview-guide-card">
      <div className="interview-guide-card-head">
        <h3>{guide.name}</h3>
        <span className="count">{plural(questions.length, 'question')}</span>
        <div className="row-actions">
          <EditDeleteButtons what={guide.name} onEdit={onEdit} onDelete={onDelete} />
        </div>
      </div>
      <details>
        <summary>Questions</summary>
        <ol>
          {questions.map((question, index) => (
            <li key={index}>{question.text}</li>
          ))}
        </ol>
      </details>
    </li>
  );
}
