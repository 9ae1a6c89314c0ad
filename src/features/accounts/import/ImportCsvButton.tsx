import { lazy, Suspense, useState } from 'react';
import { useReturnFocus } from '../../../ui/useReturnFocus';

// The dialog brings papaparse and the whole validation layer; most visits never import.
const ImportCsvDialog = lazy(() =>
  import('./ImportCsvDialog').then((m) => ({ default: m.ImportCsvDialog })),
);

export function ImportCsvButton() {
  const [open, setOpen] = useState(false);
  const opener = useReturnFocus(open);
  return (
    <>
      <button ref={opener} type="button" onClick={() => setOpen(true)}>
        Import CSV
      </button>
      {open && (
        <Suspense
          fallback={
            <span role="status" className="import-muted">
              Opening the importer…
            </span>
          }
        >
          <ImportCsvDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
