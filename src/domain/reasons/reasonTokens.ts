/**
 * How two spellings of a failure reason are compared. Only a spelling that folds to the same
 * text (case, spacing, trailing punctuation) is the same reason without asking: "Budget/timing"
 * and "Timing / budget" share every word but a team may still mean two things by them, so a
 * token match is only ever offered as "same as …?" for a person to confirm.
 */

/** "Pricing." and " pricing" are one spelling. */
export function reasonKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!;,:]+$/, '');
}

/**
 * Words that say a capability is absent or join others; two reasons sharing only these
 * ("No SSO", "No champion") are not alike.
 */
const FILLER = new Set([
  'a',
  'an',
  'and',
  'by',
  'for',
  'in',
  'lack',
  'lacking',
  'lacks',
  'missing',
  'need',
  'needed',
  'needs',
  'no',
  'not',
  'of',
  'on',
  'or',
  'the',
  'to',
  'too',
  'with',
  'without',
]);

/** Plural and singular read alike: "integrations" is "integration". */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The words that carry meaning, in no order: punctuation, slashes and brackets split words. */
export function reasonTokens(text: string): Set<string> {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((word) => word !== '' && !FILLER.has(word)).map(stem));
}

/**
 * How alike two spellings are, 0..1 (shared words over all words), or 0 unless every word of
 * the shorter one is in the longer: "SSO missing (SAML)" and "Missing SSO" are alike, "SSO
 * missing" and "Slow support" are not.
 */
export function tokenSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  for (const token of small) if (!large.has(token)) return 0;
  return small.size / large.size;
}
