import type { DateOrder } from '../../../import/csv/normalise';
import type { AmbiguousDateColumn } from '../../../import/csv/validateRows';
import { Field } from '../../../ui/Field';
import { DATE_ORDER_LABELS } from './importLabels';
import { Options } from '../../../ui/Options';
import { labelledOptions } from '../../../ui/selectOptions';

interface Props {
  questions: readonly AmbiguousDateColumn[];
  chosen: ReadonlyMap<string, DateOrder>;
  onChange(column: string, order: DateOrder): void;
}

const isDateOrder = (value: string): value is DateOrder => value === 'MDY' || value === 'DMY';

export function ImportDateOrders({ questions, chosen, onChange }: Props) {
  return (
    <section className="import-section" aria-labelledby="import-dates-heading">
      <h4 id="import-dates-heading">Dates</h4>
      <p>
        These columns have dates like 03/04/2024 that could be read either way. Say how they are
        written; the rows are read again.
      </p>
      {questions.map(({ column, samples }) => (
        <Field
          key={column}
          label={`Date order for column “${column}”`}
          hint={samples.length > 0 ? `For example ${samples.join(', ')}` : undefined}
        >
          <select
            value={chosen.get(column) ?? ''}
            onChange={(event) => {
              if (isDateOrder(event.target.value)) onChange(column, event.target.value);
            }}
          >
            <option value="" disabled>
              Choose…
            </option>
            <Options options={labelledOptions(['MDY', 'DMY'] as const, DATE_ORDER_LABELS)} />
          </select>
        </Field>
      ))}
    </section>
  );
}
