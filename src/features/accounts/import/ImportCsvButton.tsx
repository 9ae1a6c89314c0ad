import { lazy, Suspense, useEffect, useRef, useState } from 'react';

// The dialog brings papaparse and the whole validation layer; most visits never import.
const ImportCsvDialog = lazy(() =>
  import('./ImportCsvDialog').then((m) => ({ default: m.ImportCsvDialog })),
);

export function ImportCsvButton() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // The dialog unmounts rather than closes, so focus must be handed back by hand once the
    // page is no longer inert.
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
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
