import { useState } from 'react';
import type { CatalogueResult, ReasonCatalogue } from '../../domain/reasons/reasonCatalogue';
import type { UnmatchedReason } from '../../domain/reasons/unmatchedReasons';
import { ReasonCatalogueEditor } from './ReasonCatalogueEditor';
import { ReasonMatches } from './ReasonMatches';

interface Props {
  catalogue: ReasonCatalogue;
  unmatched: readonly UnmatchedReason[];
  save: (next: ReasonCatalogue) => Promise<void>;
}

/** The "same as …?" questions and the catalogue, with one status line for what either did. */
export function ReasonCatalogueSection({ catalogue, unmatched, save }: Props) {
  const [message, setMessage] = useState('');

  function apply(result: CatalogueResult, done: string) {
    if (!result.ok) {
      setMessage(result.error);
      return;
    }
    save(result.catalogue).then(
      () => setMessage(done),
      (error: unknown) =>
        setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  return (
    <section aria-labelledby="synthesis-catalogue-heading" className="synthesis-catalogue-section">
      <h3 id="synthesis-catalogue-heading">Failure reasons</h3>
      <p role="status" className="synthesis-note">
        {message}
      </p>
      <ReasonMatches catalogue={catalogue} unmatched={unmatched} apply={apply} />
      <ReasonCatalogueEditor catalogue={catalogue} apply={apply} />
    </section>
  );
}
