import type { Account } from '../../domain/schemas/account';
import { CohortBadge } from '../../ui/CohortBadge';
import { formatDays, formatMoney, formatOptional } from '../../ui/format';

export function AccountsList({ accounts }: { accounts: Account[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Accounts with their cohort and fit numbers</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Cohort</th>
            <th scope="col" className="num">
              ARR
            </th>
            <th scope="col" className="num">
              Sales cycle
            </th>
            <th scope="col" className="num">
              NPS
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">{account.name}</th>
              <td>
                <CohortBadge cohort={account.cohort} />
              </td>
              <td className="num">{formatMoney(account.arr)}</td>
              <td className="num">{formatDays(account.salesCycleDays)}</td>
              <td className="num">{formatOptional(account.nps)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
