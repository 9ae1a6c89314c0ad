/** One choice of a <select>: the stored value and the text the user reads. */
export interface Option<T extends string = string> {
  value: T;
  label: string;
}

/** Plain values as options labelled by themselves, e.g. industries or speaker names. */
export const asOptions = <T extends string>(values: readonly T[]): Option<T>[] =>
  values.map((value) => ({ value, label: value }));

/** A fixed list of values with their labels, e.g. COHORTS with COHORT_LABELS. */
export const labelledOptions = <T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): Option<T>[] => values.map((value) => ({ value, label: labels[value] }));

/** Stored records offered by name and chosen by id, e.g. traits, codes or workspaces. */
export const namedOptions = (items: readonly { id: string; name: string }[]): Option[] =>
  items.map((item) => ({ value: item.id, label: item.name }));
