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
  // Each distinct value is folded once: a file or a workspace repeats a few dozen industries and
  // regions thousands of times, and folding case by locale cost 12 ms in a 10,000-row check.
  const spelled = new Map<string, string | null>();
  const decide = (value: string): string | null => {
    const key = categoryKey(value);
    if (key === '') return null;
    const first = kept.get(key);
    if (first !== undefined) return first;
    const trimmed = value.trim().replace(/\s+/g, ' ');
    kept.set(key, trimmed);
    return trimmed;
  };
  function spell(value: string): string;
  function spell(value: string | null): string | null;
  function spell(value: string | null): string | null {
    if (value === null) return null;
    const known = spelled.get(value);
    if (known !== undefined) return known;
    const spelling = decide(value);
    spelled.set(value, spelling);
    return spelling;
  }
  for (const value of seen) spell(value);
  return { spell };
}
