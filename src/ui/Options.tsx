import type { Option } from './selectOptions';

interface Props<T extends string> {
  options: readonly Option<T>[];
  /** The choice for the empty value, listed first, e.g. "Any cohort"; none when left out. */
  empty?: string;
}

/** The <option>s of a <select>, so every select lists its choices the same way. */
export function Options<T extends string>({ options, empty }: Props<T>) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
