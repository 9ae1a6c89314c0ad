import { useId } from 'react';
import { Link } from 'react-router';
import type { Guide } from '../../domain/schemas/guide';

interface Props {
  guide: Guide | undefined;
  /** Set while the guide it names no longer exists. */
  missingGuideId: string | null;
}

export function GuideQuestions({ guide, missingGuideId }: Props) {
  const id = useId();
  return (
    <aside className="panel interview-guide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Guide questions</h2>
      {guide ? (
        <>
          <p className="interview-guide-name">{guide.name}</p>
          <ol className="interview-questions">
            {guide.questions.map((question, index) => (
              <li key={index}>{question}</li>
            ))}
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
