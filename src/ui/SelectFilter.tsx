interface Props<T extends string> {
  label: string;
  value: T | '';
  /** The "no filter" choice, e.g. "All regions". */
  anyLabel: string;
  options: readonly { value: T; label: string }[];
  onChange(value: T | ''): void;
}

/** Plain values as options labelled by themselves, e.g. industries or speaker names. */
export const asOptions = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: value }));

/** A labelled select where the empty value means "any". */
export function SelectFilter<T extends string>({
  label,
  value,
  anyLabel,
  options,
  onChange,
}: Props<T>) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
