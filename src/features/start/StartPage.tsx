import './start.css';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { PageHeader } from '../../ui/PageHeader';
import { ProgressBar } from '../../ui/ProgressBar';
import { MethodStepItem } from './MethodStepItem';
import { useMethodProgress } from './useMethodProgress';

/**
 * The first-run path: the method's steps from CRM exports to a signed-off ICP (DOMAIN.md), each
 * with where the workspace stands and a link to where it is done.
 */
export function StartPage() {
  usePageTitle('Start');
  const db = useWorkspaceDb();
  const progress = useMethodProgress(db);

  return (
    <section aria-labelledby="start-heading" className="start-page">
      <PageHeader headingId="start-heading" title="From interviews to a signed-off ICP" />
      <p className="lede">
        The method in eight steps. Each one says what this workspace holds and where to go next; the
        checklist follows your work, so there is nothing to tick by hand.
      </p>
      {progress === undefined ? (
        <p role="status">Loading the checklist…</p>
      ) : (
        <>
          <ProgressBar
            label="Method progress"
            value={progress.done}
            max={progress.steps.length}
            valueText={`${progress.done} of ${progress.steps.length} steps done`}
          />
          {progress.next === null && (
            <p role="status" className="method-complete">
              Every step is done: the ICP is signed off. Revisit it each quarter, or when an
              experiment ends.
            </p>
          )}
          <ol className="method-steps">
            {progress.steps.map((step, i) => (
              <MethodStepItem
                key={step.id}
                step={step}
                number={i + 1}
                isNext={step.id === progress.next}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
