import type { AccountFieldConflict, ConflictChoice } from '../../../import/csv/accountFill';
import { accountFieldLabel } from './importLabels';

interface Props {
  conflicts: readonly AccountFieldConflict[];
  chosen: ReadonlyMap<string, ConflictChoice>;
  onChoose(key: string, choice: ConflictChoice): void;
}

/**
 * Where the report says something else about an account than what is stored: the stored value
 * stays unless the user takes the file's, one value at a time.
 */
export function ImportAccountConflicts({ conflicts, chosen, onChoose }: Props) {
  return (
    <section className="import-section" aria-labelledby="import-conflicts-heading">
      <h4 id="import-conflicts-heading">Account values that differ from the file</h4>
      <p>The stored value is kept unless you tick “Use the file’s value”.</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Field</th>
            <th scope="col">Stored</th>
            <th scope="col">In the file</th>
            <th scope="col">Use the file’s value</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.accountName}</th>
              <td>{accountFieldLabel(c.field)}</td>
              <td>{c.stored}</td>
              <td>{c.incoming}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Use the file’s ${accountFieldLabel(c.field).toLowerCase()} for ${c.accountName}: ${c.incoming}`}
                  checked={chosen.get(c.key) === 'take'}
                  onChange={(event) => onChoose(c.key, event.target.checked ? 'take' : 'keep')}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
