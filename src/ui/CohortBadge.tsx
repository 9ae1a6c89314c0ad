import { COHORT_SINGULAR, type Cohort } from '../domain/schemas/cohort';

export function CohortBadge({ cohort }: { cohort: Cohort | null }) {
  if (!cohort) return <span className="cohort-badge none">No cohort</span>;
  return <span className={`cohort-badge ${cohort}`}>{COHORT_SINGULAR[cohort]}</span>;
}
