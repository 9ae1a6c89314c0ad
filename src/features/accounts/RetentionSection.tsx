import { lazy, Suspense } from 'react';
import type { RetentionRow } from '../../domain/cohortOverview';
import { RetentionTable } from './RetentionTable';

const RetentionChart = lazy(() => import('./RetentionChart'));

export function RetentionSection({ rows }: { rows: readonly RetentionRow[] }) {
  return (
    <section aria-labelledby="overview-retention-heading" className="overview-section">
      <h2 id="overview-retention-heading">Retention by start quarter</h2>
      {rows.length === 0 ? (
        <p>No customer has a start date yet, so there is no retention to show.</p>
      ) : (
        <>
          <Suspense fallback={<p role="status">Loading chart…</p>}>
            <RetentionChart rows={rows} />
          </Suspense>
          <RetentionTable rows={rows} />
        </>
      )}
    </section>
  );
}
