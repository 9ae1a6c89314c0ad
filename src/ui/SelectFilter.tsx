import { Options } from './Options';
import type { Option } from './selectOptions';

interface Props<T extends string> {
  label: string;
  value: T | '';
  /** The "no filter" choice, e.g. "All regions". */
  anyLabel: string;
  options: readonly Option<T>[];
  onChange(value: T | ''): void;
}

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
        <Options options={options} empty={anyLabel} />
      </select>
    </label>
  );
}
