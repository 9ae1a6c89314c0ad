/**
 * Links kept as lists of ids (a quote's codes, a finding's quotes) hold each id once: adding
 * one already there gives the same list back, as a new array, so callers may store it.
 */
export const withItem = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? [...list] : [...list, item];

/** The list without `item`. */
export const withoutItem = <T>(list: readonly T[], item: T): T[] =>
  list.filter((other) => other !== item);
