import { regionLabel } from '../../domain/normalising/regionLabel';
import type { Account } from '../../domain/schemas/account';
import { sizeBandOf } from '../../domain/sizeBands';
import { formatDays, formatMoney, formatOptional } from '../../ui/format';

/** "United States (written “USA”)": the grouped country, and the file's own spelling. */
function regionText(account: Account): string {
  const region = regionLabel(account.region, account.regionAsWritten);
  if (!region) return formatOptional(null);
  return region.asWritten ? `${region.label} (written “${region.asWritten}”)` : region.label;
}

export function AccountNumbers({ account }: { account: Account }) {
  const rows: [string, string][] = [
    ['ARR', formatMoney(account.arr)],
    ['LTV', formatMoney(account.ltv)],
    ['Sales cycle', formatDays(account.salesCycleDays)],
    ['NPS', formatOptional(account.nps)],
    ['Integrations', formatOptional(account.integrations)],
    ['Customer since', formatOptional(account.customerSince)],
    ['Churned', formatOptional(account.churnedAt)],
    ['Industry', formatOptional(account.industry)],
    [
      'Employees',
      account.employeesBand ?? formatOptional(sizeBandOf(account) ?? account.employees),
    ],
    ['Region', regionText(account)],
    ['Plan', formatOptional(account.plan)],
    ['Domain', formatOptional(account.domain)],
    ['Tech stack', account.techStack.length ? account.techStack.join(', ') : '—'],
  ];
  const custom = account.customFields.map(({ key, value }): [string, string] => [key, value]);
  return (
    <dl className="numbers">
      {[...rows, ...custom].map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
