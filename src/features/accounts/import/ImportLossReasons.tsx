import { FAILURE_CATEGORIES, type FailureCategory } from '../../../domain/schemas/deal';
import type { UnclassifiedReason } from '../../../import/csv/validateRows';
import { plural } from '../../../ui/format';
import { CATEGORY_LABELS } from './importLabels';

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
      <table className="data-table import-reasons">
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col">Deals</th>
            <th scope="col">Category</th>
          </tr>
        </thead>
        <tbody>
          {reasons.map(({ reason, count }) => (
            <tr key={reason}>
              <th scope="row">{reason}</th>
              <td className="num">{plural(count, 'deal')}</td>
              <td>
                <select
                  aria-label={`Category for “${reason}”`}
                  value={chosen.get(reason) ?? ''}
                  onChange={(event) => {
                    const value = event.target.value;
                    onClassify(reason, isCategory(value) ? value : null);
                  }}
                >
                  <option value="">Not classified</option>
                  {FAILURE_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {CATEGORY_LABELS[category]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
