interface Props {
  value: string;
  /** What the words are looked for in, e.g. "Name, domain, stack…". */
  placeholder: string;
  className?: string;
  onChange(text: string): void;
}

/** A filter bar's free-text "Find" box. */
export function FindFilter({ value, placeholder, className, onChange }: Props) {
  return (
    <label className={className}>
      <span>Find</span>
      <input
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
}
