import { lazy, Suspense, useMemo } from 'react';
import type { Cohort } from '../../domain/schemas/cohort';
import type { Account } from '../../domain/schemas/account';
import { saturationCurve, saturationVerdict } from '../../domain/synthesis/saturation';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { DataTable } from '../../ui/DataTable';
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
  const caption = `${label}: distinct codes as interviews accumulate`;
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
          <DataTable
            wrap="synthesis-saturation-table"
            scrollLabel={caption}
            className="synthesis-compact"
            caption={caption}
            columns={[
              { header: '#', numeric: true, cell: (point) => point.position },
              { header: 'Interview date', rowHeader: true, cell: (point) => point.interview.date },
              {
                header: 'Account',
                cell: (point) => accountsById.get(point.interview.accountId)?.name ?? '—',
              },
              {
                header: 'New codes',
                cell: (point) =>
                  point.newCodes.length === 0
                    ? 'None'
                    : point.newCodes.map((code) => code.name).join(', '),
              },
              {
                header: 'Cumulative',
                numeric: true,
                cell: (point) => formatCount(point.cumulativeCodes),
              },
            ]}
            rows={curve}
            rowKey={(point) => point.interview.id}
          />
        </div>
      )}
    </section>
  );
}
