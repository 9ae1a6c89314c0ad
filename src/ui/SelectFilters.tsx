import { SelectFilter } from './SelectFilter';
import type { Option } from './selectOptions';

/** One select of a filter bar: the field of the filters it sets, its label and its options. */
export type SelectField<F> = {
  [K in keyof F & string]: F[K] extends string
    ? {
        key: K;
        label: string;
        /** The "no filter" choice, e.g. "All regions". */
        anyLabel: string;
        options: readonly Option<Exclude<F[K], ''>>[];
      }
    : never;
}[keyof F & string];

interface Props<F> {
  filters: F;
  fields: readonly SelectField<F>[];
  onChange(filters: F): void;
}

/** A filter bar's run of selects, one per field of its filters, where the empty value means "any". */
export function SelectFilters<F>({ filters, fields, onChange }: Props<F>) {
  return fields.map(({ key, label, anyLabel, options }) => (
    <SelectFilter
      key={key}
      label={label}
      anyLabel={anyLabel}
      // A SelectField names only fields whose values are strings, which TS cannot follow here.
      value={filters[key] as string}
      options={options}
      onChange={(value) => onChange({ ...filters, [key]: value })}
    />
  ));
}
