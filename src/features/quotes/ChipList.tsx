interface Chip {
  id: string;
  name: string;
  colour?: string;
}

/** Codes or traits of a quote; a code's colour marks its chip's edge. */
export function ChipList({ label, chips }: { label: string; chips: readonly Chip[] }) {
  if (chips.length === 0) return <span className="quotes-none">—</span>;
  return (
    <ul className="code-chips quotes-chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.id} style={chip.colour ? { borderColor: chip.colour } : undefined}>
          {chip.name}
        </li>
      ))}
    </ul>
  );
}
