import { useMemo } from 'react';
import { Link } from 'react-router';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { COHORTS } from '../../domain/schemas/cohort';
import { coverageGaps } from '../../domain/synthesis/coverageGaps';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { useInterviewTargets } from '../../shared/planning/useInterviewTargets';
import { SaturationCohort } from './SaturationCohort';

interface Props {
  input: SynthesisInput;
  filters: SynthesisFilters;
}

export function SaturationSection({ input, filters }: Props) {
  // The tour plan's targets, so both pages measure the same gaps.
  const { value: targets } = useInterviewTargets(useWorkspaceDb());
  const coverage = useMemo(
    () => (targets ? coverageGaps(input, { targetPerCohort: targets }, filters) : undefined),
    [input, targets, filters],
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
        <p className="field-hint">
          Each cohort’s interview target is set in the <Link to="/interviews/plan">tour plan</Link>,
          which also names who to interview next.
        </p>
        {coverage === undefined ? (
          <p role="status">Loading the interview targets…</p>
        ) : (
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
        )}
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
