const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatPercent(share: number | null): string {
  return share === null ? '—' : percent.format(share);
}

/** Medians of whole numbers can land on a half ("8.5"); one decimal shows that and no more. */
export function formatDecimal(value: number | null): string {
  return value === null ? '—' : decimal.format(value);
}
