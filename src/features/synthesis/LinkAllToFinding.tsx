import { useState } from 'react';
import type { FindingTarget } from '../../commands/findingCommands';
import type { Cohort } from '../../domain/schemas/cohort';
import type { Finding } from '../../domain/schemas/finding';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { LinkAllForm } from './LinkAllForm';

interface Props {
  quoteCount: number;
  findings: readonly Finding[];
  cohort: Cohort | null;
  onLink(to: FindingTarget): Promise<void>;
}

/** "Link all N quotes to a finding…": one step from a matrix cell to a finding's evidence. */
export function LinkAllToFinding({ quoteCount, findings, cohort, onLink }: Props) {
  const [open, setOpen] = useState(false);
  // The form unmounts once it is done, so focus goes back to the button that opened it.
  const opener = useReturnFocus(open);
  const label = quoteCount === 1 ? 'Link the quote' : `Link all ${quoteCount} quotes`;
  return (
    <div className="synthesis-link-all">
      <button
        type="button"
        ref={opener}
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        {label} to a finding…
      </button>
      {open && (
        <LinkAllForm
          quoteCount={quoteCount}
          findings={findings}
          cohort={cohort}
          onLink={onLink}
          onDone={() => setOpen(false)}
        />
      )}
    </div>
  );
}
