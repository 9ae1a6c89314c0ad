import { useCallback, useMemo, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import {
  linkQuoteCommand,
  linkQuotesToFindingCommand,
  type FindingTarget,
} from '../../commands/findingCommands';
import { COHORT_KEYS, type CohortKey } from '../../domain/cohortOverview';
import type { Finding } from '../../domain/schemas/finding';
import {
  cellQuotes,
  groupMatrixRows,
  sortMatrixRows,
  type MatrixSort,
} from '../../domain/synthesis/evidenceMatrix';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { CellQuotesDialog } from './CellQuotesDialog';
import { EvidenceMatrixTable } from './EvidenceMatrixTable';
import { cohortLabel } from './synthesisFormat';
import { useEvidenceMatrix } from './useEvidenceMatrix';

interface Props {
  input: SynthesisInput;
  filters: SynthesisFilters;
  findings: readonly Finding[];
}

const sortValue = (sort: MatrixSort) => (sort.by === 'spread' ? 'spread' : sort.cohort);

function sortFromValue(value: string): MatrixSort {
  const cohort = COHORT_KEYS.find((key) => key === value);
  return cohort ? { by: 'cohort', cohort } : { by: 'spread' };
}

export function EvidenceMatrixSection({ input, filters, findings }: Props) {
  const run = useCommand();
  const ctx = useCommandContext();
  const { matrix, pending } = useEvidenceMatrix(input, filters);
  const [sort, setSort] = useState<MatrixSort>({ by: 'spread' });
  const [open, setOpen] = useState<{ codeId: string; cohort: CohortKey } | null>(null);
  const groups = useMemo(
    () => (matrix ? groupMatrixRows(sortMatrixRows(matrix.rows, sort)) : []),
    [matrix, sort],
  );
  const onOpen = useCallback(
    (codeId: string, cohort: CohortKey) => setOpen({ codeId, cohort }),
    [],
  );
  const quotes = useMemo(
    () => (open ? cellQuotes(input, filters, open.codeId, open.cohort) : []),
    [input, filters, open],
  );
  const openCode = open ? input.codes.find((code) => code.id === open.codeId) : undefined;

  const link = async (findingId: string, highlightId: string) => {
    await run(linkQuoteCommand(ctx, { findingId, highlightId }), {
      failed: 'The quote was not linked',
    });
  };
  // Errors go to the form, which stays open with what was typed.
  const linkAll = async (to: FindingTarget) => {
    const highlightIds = quotes.map((quote) => quote.highlight.id);
    await run(linkQuotesToFindingCommand(ctx, { highlightIds, to }), {
      failed: 'The quotes were not linked',
      throwErrors: true,
    });
  };

  return (
    <section aria-labelledby="synthesis-matrix-heading" className="synthesis-section">
      <h2 id="synthesis-matrix-heading">Evidence matrix</h2>
      <div className="synthesis-toolbar">
        <label>
          Sort by
          <select
            value={sortValue(sort)}
            onChange={(event) => setSort(sortFromValue(event.target.value))}
          >
            <option value="spread">Spread (cohorts citing it)</option>
            {COHORT_KEYS.map((cohort) => (
              <option key={cohort} value={cohort}>
                Share of {cohortLabel(cohort)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!matrix ? (
        <p role="status">Counting evidence…</p>
      ) : groups.length === 0 ? (
        <p>No code of the chosen kinds is in the codebook.</p>
      ) : (
        <EvidenceMatrixTable
          columns={matrix.cohorts}
          groups={groups}
          pending={pending}
          onOpen={onOpen}
        />
      )}
      {open && openCode && (
        <CellQuotesDialog
          title={`Quotes: ${openCode.name} — ${cohortLabel(open.cohort)}`}
          quotes={quotes}
          findings={findings}
          cohort={open.cohort === 'unassigned' ? null : open.cohort}
          onLink={link}
          onLinkAll={linkAll}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
