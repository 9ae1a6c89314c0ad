import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { ImportCsvButton } from './import/ImportCsvButton';
import { useReturnFocus } from '../../ui/useReturnFocus';

// The dialog brings the form library; the accounts list, the first page most visits see, does not.
const SuggestCohortsDialog = lazy(() =>
  import('./SuggestCohortsDialog').then((m) => ({ default: m.SuggestCohortsDialog })),
);

/** The cohort actions in the Accounts page header. */
export function AccountsPageActions() {
  const [open, setOpen] = useState(false);
  const opener = useReturnFocus(open);
  return (
    <div className="suggest-actions">
      <ImportCsvButton />
      <Link className="button" to="/accounts/overview">
        Cohort overview
      </Link>
      <button ref={opener} type="button" onClick={() => setOpen(true)}>
        Suggest cohorts
      </button>
      {open && (
        <Suspense
          fallback={
            <span role="status" className="import-muted">
              Opening the suggestions…
            </span>
          }
        >
          <SuggestCohortsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
