import type { CohortProfile } from '../../domain/cohortOverview';
import type { CountedStat } from '../../domain/stats';
import type { TopCode } from '../../domain/synthesis/codeNumbers';
import { formatCount, formatDays, formatMoney } from '../../ui/format';
import { cohortLabel, formatDecimal, formatShare } from './synthesisFormat';

interface Props {
  profile: CohortProfile;
  interviewed: number;
  topCodes: readonly TopCode[];
}

function Stat({
  label,
  stat,
  format,
}: {
  label: string;
  stat: CountedStat;
  format(value: number | null): string;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {format(stat.value)} <span className="synthesis-n">n = {stat.n}</span>
      </dd>
    </div>
  );
}

export function CohortNumbersCard({ profile, interviewed, topCodes }: Props) {
  const label = cohortLabel(profile.cohort);
  const headingId = `synthesis-numbers-${profile.cohort}`;
  return (
    <section aria-labelledby={headingId} className="synthesis-card">
      <h3 id={headingId}>{label}</h3>
      <div className="synthesis-card-body">
        <dl className="synthesis-facts">
          <div>
            <dt>Accounts</dt>
            <dd>
              {formatCount(profile.count)}{' '}
              <span className="synthesis-n">{formatCount(interviewed)} interviewed</span>
            </dd>
          </div>
          <Stat label="Median ARR" stat={profile.arr} format={formatMoney} />
          <Stat label="Median sales cycle" stat={profile.salesCycleDays} format={formatDays} />
          <Stat label="Median tenure (months)" stat={profile.tenureMonths} format={formatDecimal} />
          <Stat label="Median NPS" stat={profile.nps} format={formatDecimal} />
          <Stat label="Median integrations" stat={profile.integrations} format={formatDecimal} />
        </dl>
        <div>
          <h4>Top codes</h4>
          {topCodes.length === 0 ? (
            <p className="synthesis-note">No coded quotes from this cohort.</p>
          ) : (
            <ol className="synthesis-top-codes">
              {topCodes.map((top) => (
                <li key={top.code.id}>
                  {top.code.name}{' '}
                  <span className="synthesis-n">
                    {formatCount(top.accounts)} of {formatCount(interviewed)} accounts (
                    {formatShare(top.share)})
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
