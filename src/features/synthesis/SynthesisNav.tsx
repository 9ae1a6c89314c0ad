import { Link } from 'react-router';
import { SYNTHESIS_VIEWS, type SynthesisView } from './synthesisViews';

/**
 * Plain links rather than a tablist: each section has its own URL, so a reload or a shared
 * link lands on the same section and the browser's Back button steps between them.
 */
export function SynthesisNav({ current }: { current: SynthesisView }) {
  return (
    <nav aria-label="Synthesis sections" className="synthesis-nav">
      <ul>
        {SYNTHESIS_VIEWS.map((view) => (
          <li key={view.id}>
            <Link
              to={`?view=${view.id}`}
              aria-current={view.id === current ? 'page' : undefined}
              className={view.id === current ? 'active' : undefined}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
