import { useLiveQuery } from 'dexie-react-hooks';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { summariseEvidence } from '../../db/highlightsRepo';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';

export function SynthesisPage() {
  usePageTitle('Synthesis');
  const db = useWorkspaceDb();
  const summary = useLiveQuery(() => summariseEvidence(db), [db]);
  return (
    <section aria-labelledby="synthesis-heading">
      <div className="page-header">
        <h1 id="synthesis-heading">Synthesis</h1>
      </div>
      <EmptyState title="Evidence gathered so far">
        {summary ? (
          <p>
            {plural(summary.quotes, 'coded quote')} from {plural(summary.accounts, 'account')}{' '}
            across {plural(summary.interviews, 'interview')}. The evidence matrix by cohort is not
            built yet; until then, review quotes on the Quotes page.
          </p>
        ) : (
          <p role="status">Counting evidence…</p>
        )}
      </EmptyState>
    </section>
  );
}
