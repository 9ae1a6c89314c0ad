import type { CohortKey, CohortProfile } from '../../domain/cohortOverview';
import { COHORT_LABELS } from '../../domain/schemas/cohort';
import { formatCount, formatDays, formatMoney } from '../../ui/format';
import { formatDecimal } from './overviewFormat';
import { StatCell } from './StatCell';

const label = (cohort: CohortKey) =>
  cohort === 'unassigned' ? 'No cohort' : COHORT_LABELS[cohort];

export function CohortProfilesTable({ profiles }: { profiles: readonly CohortProfile[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table overview-profiles">
        <caption>
          Medians per cohort; n is the number of accounts with a value for that measure
        </caption>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col" className="num">
              Accounts
            </th>
            <th scope="col" className="num">
              Median ARR
            </th>
            <th scope="col" className="num">
              Median LTV
            </th>
            <th scope="col" className="num">
              Median sales cycle
            </th>
            <th scope="col" className="num">
              Median tenure (months)
            </th>
            <th scope="col" className="num">
              Median NPS
            </th>
            <th scope="col" className="num">
              Median integrations
            </th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((profile) => (
            <tr key={profile.cohort}>
              <th scope="row">{label(profile.cohort)}</th>
              <td className="num">{formatCount(profile.count)}</td>
              <StatCell stat={profile.arr} format={formatMoney} />
              <StatCell stat={profile.ltv} format={formatMoney} />
              <StatCell stat={profile.salesCycleDays} format={formatDays} />
              <StatCell stat={profile.tenureMonths} format={formatDecimal} />
              <StatCell stat={profile.nps} format={formatDecimal} />
              <StatCell stat={profile.integrations} format={formatDecimal} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
