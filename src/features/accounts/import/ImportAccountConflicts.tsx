import type { AccountFieldConflict, ConflictChoice } from '../../../import/csv/accountFill';
import { DataTable } from '../../../ui/DataTable';
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
      <DataTable
        wrap={false}
        columns={[
          { header: 'Account', rowHeader: true, cell: (c) => c.accountName },
          { header: 'Field', cell: (c) => accountFieldLabel(c.field) },
          { header: 'Stored', cell: (c) => c.stored },
          { header: 'In the file', cell: (c) => c.incoming },
          {
            header: 'Use the file’s value',
            cell: (c) => (
              <input
                type="checkbox"
                aria-label={`Use the file’s ${accountFieldLabel(c.field).toLowerCase()} for ${c.accountName}: ${c.incoming}`}
                checked={chosen.get(c.key) === 'take'}
                onChange={(event) => onChoose(c.key, event.target.checked ? 'take' : 'keep')}
              />
            ),
          },
        ]}
        rows={conflicts}
        rowKey={(c) => c.key}
      />
    </section>
  );
}
