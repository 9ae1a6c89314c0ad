/**
 * Categorical values (industry, plan, region…) group trimmed and case-folded: "fintech " and
 * "Fintech" are one industry. The first spelling seen is the one kept, so values already in the
 * workspace keep theirs and an import does not rename them.
 */

/** The grouping key of a categorical value: trimmed, inner spaces collapsed, case-folded. */
export function categoryKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').normalize('NFKC').toLocaleLowerCase('en');
}

export interface SpellingBook {
  /** The kept spelling for `value`; the first call with a new key decides it. */
  spell(value: string): string;
  spell(value: string | null): string | null;
}

/** A book seeded with spellings already stored (oldest first); later values adopt them. */
export function spellingBook(seen: Iterable<string | null> = []): SpellingBook {
  const kept = new Map<string, string>();
  function spell(value: string): string;
  function spell(value: string | null): string | null;
  function spell(value: string | null): string | null {
    if (value === null) return null;
    const key = categoryKey(value);
    if (key === '') return null;
    const first = kept.get(key);
    if (first !== undefined) return first;
    const trimmed = value.trim().replace(/\s+/g, ' ');
    kept.set(key, trimmed);
    return trimmed;
  }
  for (const value of seen) spell(value);
  return { spell };
}
