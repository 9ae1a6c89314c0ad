import { useWorkspaceDb } from '../../app/useWorkspace';
import { setAccountCohort } from '../../db/accountsRepo';
import type { Account } from '../../domain/schemas/account';
import { COHORTS, COHORT_SINGULAR, type Cohort } from '../../domain/schemas/cohort';
import { useToast } from '../../ui/toastContext';

export function CohortCell({ account }: { account: Account }) {
  const db = useWorkspaceDb();
  const toast = useToast();
  return (
    <select
      className={`cohort-select ${account.cohort ?? 'none'}`}
      aria-label={`Cohort for ${account.name}`}
      value={account.cohort ?? ''}
      onChange={(event) => {
        const cohort = (event.target.value || null) as Cohort | null;
        setAccountCohort(db, account.id, cohort).catch((error: Error) =>
          toast({ message: `Cohort not saved: ${error.message}`, tone: 'error' }),
        );
      }}
    >
      <option value="">No cohort</option>
      {COHORTS.map((cohort) => (
        <option key={cohort} value={cohort}>
          {COHORT_SINGULAR[cohort]}
        </option>
      ))}
    </select>
  );
}
