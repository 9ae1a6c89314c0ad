import type { FieldFill } from '../../../import/csv/accountFill';
import { formatCount } from '../../../ui/format';
import { accountFieldLabel } from './importLabels';

/** How well the file describes accounts, so a thin column is seen before it skews win rates. */
export function ImportFieldFill({ fill }: { fill: readonly FieldFill[] }) {
  return (
    <section className="import-section" aria-labelledby="import-fill-heading">
      <h4 id="import-fill-heading">Account fields</h4>
      <ul aria-label="Rows that fill each account field">
        {fill.map(({ field, filled, rows }) => (
          <li key={field}>
            {accountFieldLabel(field)}: {formatCount(filled)} of {formatCount(rows)} rows
          </li>
        ))}
      </ul>
    </section>
  );
}
