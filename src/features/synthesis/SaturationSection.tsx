import { useId, useMemo, useState } from 'react';
import { COHORTS } from '../../domain/schemas/cohort';
import { coverageGaps, DEFAULT_INTERVIEW_TARGET } from '../../domain/synthesis/coverageGaps';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { SaturationCohort } from './SaturationCohort';

interface Props {
  input: SynthesisInput;
  filters: SynthesisFilters;
}

export function SaturationSection({ input, filters }: Props) {
  const targetId = useId();
  const [typed, setTyped] = useState(String(DEFAULT_INTERVIEW_TARGET));
  const parsed = Number(typed);
  const valid = Number.isInteger(parsed) && parsed >= 1;
  // While the field is being retyped, the last valid target keeps the report on screen.
  const [target, setTarget] = useState(DEFAULT_INTERVIEW_TARGET);
  const coverage = useMemo(
    () => coverageGaps(input, { targetPerCohort: target }, filters),
    [input, target, filters],
  );
  const accountsById = useMemo(
    () => new Map(input.accounts.map((account) => [account.id, account])),
    [input.accounts],
  );

  return (
    <section aria-labelledby="synthesis-saturation-heading" className="synthesis-section">
      <h2 id="synthesis-saturation-heading">Saturation and coverage</h2>
      <section aria-labelledby="synthesis-coverage-heading" className="synthesis-coverage">
        <h3 id="synthesis-coverage-heading">Coverage gaps</h3>
        <div className="field synthesis-target">
          <label htmlFor={targetId}>Target interviews per cohort</label>
          <input
            id={targetId}
            type="number"
            min={1}
            step={1}
            value={typed}
            aria-invalid={valid ? undefined : true}
            aria-describedby={valid ? undefined : `${targetId}-error`}
            onChange={(event) => {
              setTyped(event.target.value);
              const next = Number(event.target.value);
              if (Number.isInteger(next) && next >= 1) setTarget(next);
            }}
          />
          {!valid && (
            <p id={`${targetId}-error`} className="field-error">
              Enter a whole number of at least 1.
            </p>
          )}
        </div>
        <ul className="synthesis-coverage-list">
          {coverage.cohorts.map((c) => (
            <li key={c.cohort} className={c.met ? 'met' : 'gap'}>
              <span className="synthesis-flag-tag">{c.met ? 'Met' : 'Gap'}</span> {c.message}
            </li>
          ))}
          <li className={coverage.nonFit.covered ? 'met' : 'gap'}>
            <span className="synthesis-flag-tag">{coverage.nonFit.covered ? 'Met' : 'Gap'}</span>{' '}
            {coverage.nonFit.message}
          </li>
        </ul>
      </section>
      <div className="synthesis-saturation-cohorts">
        {COHORTS.map((cohort) => (
          <SaturationCohort
            key={cohort}
            cohort={cohort}
            input={input}
            filters={filters}
            accountsById={accountsById}
          />
        ))}
      </div>
    </section>
  );
}
