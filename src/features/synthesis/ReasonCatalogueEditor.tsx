import type { CatalogueResult, ReasonCatalogue } from '../../domain/reasons/reasonCatalogue';
import { plural } from '../../ui/format';
import { CatalogueReasonItem } from './CatalogueReasonItem';

interface Props {
  catalogue: ReasonCatalogue;
  apply: (result: CatalogueResult, done: string) => void;
}

/** Folded away by default: the catalogue is set up once and touched now and then. */
export function ReasonCatalogueEditor({ catalogue, apply }: Props) {
  return (
    <details className="synthesis-catalogue">
      <summary>Reason catalogue: {plural(catalogue.reasons.length, 'reason')}</summary>
      <p className="synthesis-note">
        CRM loss reasons and failure codes spelled like a reason or one of its synonyms count as
        that reason, under its category. Renaming keeps the old name as a synonym.
      </p>
      <ul aria-label="Reason catalogue">
        {catalogue.reasons.map((reason) => (
          // Keyed by name too, so a rename elsewhere resets the field.
          <CatalogueReasonItem
            key={`${reason.id}:${reason.name}`}
            reason={reason}
            catalogue={catalogue}
            apply={apply}
          />
        ))}
      </ul>
    </details>
  );
}
