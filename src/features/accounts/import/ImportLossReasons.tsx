import { FAILURE_CATEGORIES, type FailureCategory } from '../../../domain/schemas/deal';
import type { UnclassifiedReason } from '../../../import/csv/validateRows';
import { DataTable } from '../../../ui/DataTable';
import { plural } from '../../../ui/format';
import { CATEGORY_LABELS } from './importLabels';
import { Options } from '../../../ui/Options';
import { labelledOptions } from '../../../ui/selectOptions';

interface Props {
  reasons: readonly UnclassifiedReason[];
  chosen: ReadonlyMap<string, FailureCategory>;
  onClassify(reason: string, category: FailureCategory | null): void;
}

const isCategory = (value: string): value is FailureCategory =>
  (FAILURE_CATEGORIES as readonly string[]).includes(value);

export function ImportLossReasons({ reasons, chosen, onClassify }: Props) {
  return (
    <section className="import-section" aria-labelledby="import-reasons-heading">
      <h4 id="import-reasons-heading">Loss reasons no rule matched</h4>
      <p>
        Classify each so lost deals count as a product gap, a sales-process failure, or something
        outside either. Left unclassified, the deals are imported without a category.
      </p>
      <DataTable
        wrap={false}
        className="import-reasons"
        columns={[
          { header: 'Reason', rowHeader: true, cell: ({ reason }) => reason },
          { header: 'Deals', numeric: true, cell: ({ count }) => plural(count, 'deal') },
          {
            header: 'Category',
            cell: ({ reason }) => (
              <select
                aria-label={`Category for “${reason}”`}
                value={chosen.get(reason) ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  onClassify(reason, isCategory(value) ? value : null);
                }}
              >
                <Options
                  options={labelledOptions(FAILURE_CATEGORIES, CATEGORY_LABELS)}
                  empty="Not classified"
                />
              </select>
            ),
          },
        ]}
        rows={reasons}
        rowKey={({ reason }) => reason}
      />
    </section>
  );
}
