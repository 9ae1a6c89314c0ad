import { lazy, Suspense, useMemo } from 'react';
import { TableScroll } from '../../ui/TableScroll';
import type { Cohort } from '../../domain/schemas/cohort';
import type { Account } from '../../domain/schemas/account';
import { saturationCurve, saturationVerdict } from '../../domain/synthesis/saturation';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { formatCount } from '../../ui/format';
import { cohortLabel } from './synthesisFormat';

const SaturationChart = lazy(() => import('./SaturationChart'));

/** DOMAIN.md §3: saturated once this many interviews in a row taught nothing new. */
const WINDOW = 4;

interface Props {
  cohort: Cohort;
  input: SynthesisInput;
  filters: SynthesisFilters;
  accountsById: ReadonlyMap<string, Account>;
}

export function SaturationCohort({ cohort, input, filters, accountsById }: Props) {
  const curve = useMemo(() => saturationCurve(input, cohort, filters), [input, cohort, filters]);
  const verdict = saturationVerdict(curve, WINDOW);
  const label = cohortLabel(cohort);
  const headingId = `synthesis-saturation-${cohort}`;
  return (
    <section aria-labelledby={headingId} className="synthesis-card">
      <h3 id={headingId}>{label}</h3>
      <p className={verdict.saturated ? 'synthesis-verdict saturated' : 'synthesis-verdict'}>
        <strong>Verdict:</strong> {verdict.message}
      </p>
      {curve.length > 0 && (
        <div className="synthesis-saturation-body">
          <Suspense fallback={<p role="status">Loading chart…</p>}>
            <SaturationChart cohortLabel={label} curve={curve} />
          </Suspense>
          <TableScroll
            className="synthesis-saturation-table"
            label={`${label}: distinct codes as interviews accumulate`}
          >
            <table className="data-table synthesis-compact">
              <caption>{label}: distinct codes as interviews accumulate</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">Interview date</th>
                  <th scope="col">Account</th>
                  <th scope="col">New codes</th>
                  <th scope="col" className="num">
                    Cumulative
                  </th>
                </tr>
              </thead>
              <tbody>
                {curve.map((point) => (
                  <tr key={point.interview.id}>
                    <td className="num">{point.position}</td>
                    <th scope="row">{point.interview.date}</th>
                    <td>{accountsById.get(point.interview.accountId)?.name ?? '—'}</td>
                    <td>
                      {point.newCodes.length === 0
                        ? 'None'
                        : point.newCodes.map((code) => code.name).join(', ')}
                    </td>
                    <td className="num">{formatCount(point.cumulativeCodes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}
