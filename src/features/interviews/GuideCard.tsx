import type { Guide } from '../../domain/schemas/guide';
import { plural } from '../../ui/format';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';

interface Props {
  guide: Guide;
  onEdit(): void;
  onDelete(): void;
}

export function GuideCard({ guide, onEdit, onDelete }: Props) {
  return (
    <li className="panel interview-guide-card">
      <div className="interview-guide-card-head">
        <h3>{guide.name}</h3>
        <span className="count">{plural(guide.questions.length, 'question')}</span>
        <div className="row-actions">
          <EditDeleteButtons what={guide.name} onEdit={onEdit} onDelete={onDelete} />
        </div>
      </div>
      <details>
        <summary>Questions</summary>
        <ol>
          {guide.questions.map((question, index) => (
            <li key={index}>{question}</li>
          ))}
        </ol>
      </details>
    </li>
  );
}
