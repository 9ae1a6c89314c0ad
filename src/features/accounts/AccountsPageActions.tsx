import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ImportCsvButton } from './import/ImportCsvButton';
import { SuggestCohortsDialog } from './SuggestCohortsDialog';

/** The cohort actions in the Accounts page header. */
export function AccountsPageActions() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // The dialog unmounts rather than closes, so the browser does not hand focus back itself;
    // it can only be moved once the modal is gone and the page is no longer inert.
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
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
