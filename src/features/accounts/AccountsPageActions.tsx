import { useState } from 'react';
import { Link } from 'react-router';
import { ImportCsvButton } from './import/ImportCsvButton';
import { SuggestCohortsDialog } from './SuggestCohortsDialog';
import { useReturnFocus } from '../../ui/useReturnFocus';

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
      {open && <SuggestCohortsDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
