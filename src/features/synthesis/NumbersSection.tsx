import { useId, useMemo, useState } from 'react';
import { cohortProfiles } from '../../domain/cohortOverview';
import { CODE_KIND_LABELS } from '../../domain/schemas/code';
import { codeComparison, cohortTopCodes } from '../../domain/synthesis/codeNumbers';
import {
  compareCodes,
  type SynthesisFilters,
  type SynthesisInput,
} from '../../domain/synthesis/synthesisInput';
import { CodeComparisonTable } from './CodeComparisonTable';
import { CohortNumbersCard } from './CohortNumbersCard';
import { useEvidenceMatrix } from './useEvidenceMatrix';

interface Props {
  input: SynthesisInput;
  filters: SynthesisFilters;
}

const TOP_CODES = 5;

export function NumbersSection({ input, filters }: Props) {
  const pickerId = useId();
  // The domain reads no clock: tenure is measured to the day this page was opened.
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const { matrix } = useEvidenceMatrix(input, filters);
  // Accounts without a cohort get a card only when there are some.
  const profiles = useMemo(
    () =>
      cohortProfiles(input.accounts, today).filter(
        (profile) => profile.cohort !== 'unassigned' || profile.count > 0,
      ),
    [input, today],
  );
  const codes = useMemo(() => [...input.codes].sort(compareCodes), [input.codes]);
  const [picked, setPicked] = useState('');
  // Until one is chosen, compare the power users' most cited code: the likeliest ICP signal.
  const powerTop = matrix ? cohortTopCodes(matrix, 'power_user', 1)[0] : undefined;
  const codeId = picked || powerTop?.code.id || codes[0]?.id || '';
  const comparison = useMemo(
    () => (codeId ? codeComparison(input, codeId, filters) : null),
    [input, codeId, filters],
  );

  return (
    <section aria-labelledby="synthesis-numbers-heading" className="synthesis-section">
      <h2 id="synthesis-numbers-heading">Numbers beside the themes</h2>
      {!matrix ? (
        <p role="status">Counting evidence…</p>
      ) : (
        <div className="synthesis-cards">
          {profiles.map((profile) => (
            <CohortNumbersCard
              key={profile.cohort}
              profile={profile}
              interviewed={
                matrix.cohorts.find((c) => c.cohort === profile.cohort)?.interviewedAccounts ?? 0
              }
              topCodes={cohortTopCodes(matrix, profile.cohort, TOP_CODES)}
            />
          ))}
        </div>
      )}
      <section aria-labelledby="synthesis-code-compare-heading">
        <h3 id="synthesis-code-compare-heading">Accounts citing a code against the rest</h3>
        <div className="synthesis-toolbar">
          <label htmlFor={pickerId}>Code</label>
          <select id={pickerId} value={codeId} onChange={(event) => setPicked(event.target.value)}>
            {codes.map((code) => (
              <option key={code.id} value={code.id}>
                {code.name} ({CODE_KIND_LABELS[code.kind]})
              </option>
            ))}
          </select>
        </div>
        {comparison ? (
          <CodeComparisonTable comparison={comparison} />
        ) : (
          <p className="synthesis-note">This code&apos;s kind is filtered out.</p>
        )}
      </section>
    </section>
  );
}
