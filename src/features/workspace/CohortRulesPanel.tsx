import { useWorkspaceDb } from '../../app/useWorkspace';
import { CohortThresholdsForm } from '../../shared/cohorts/CohortThresholdsForm';
import { useCohortThresholds } from '../../shared/cohorts/useCohortThresholds';

/** The workspace settings home of the cohort thresholds that Suggest cohorts uses. */
export function CohortRulesPanel() {
  const db = useWorkspaceDb();
  const { thresholds, save } = useCohortThresholds(db);
  return (
    <section aria-labelledby="cohort-rules-heading" className="panel">
      <h2 id="cohort-rules-heading">Cohort rules</h2>
      <p className="lede">
        The thresholds behind Suggest cohorts on the Accounts page. Cohorts you set by hand are
        never overwritten.
      </p>
      {thresholds ? (
        <CohortThresholdsForm initial={thresholds} onSave={save} />
      ) : (
        <p role="status">Loading rules…</p>
      )}
    </section>
  );
}
