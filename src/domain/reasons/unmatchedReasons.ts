/**
 * The failure reasons the catalogue does not know yet, each with the catalogue reasons its
 * words match, for the "same as …?" question. One entry per spelling group across both failure
 * cohorts, so a reason a churner and a lost deal both gave is asked about once.
 */
import type { FailureCategory } from '../schemas/deal';
import type { FailureAnalysis } from '../synthesis/failureAnalysis';
import { indexCatalogue, type CatalogueReason, type ReasonCatalogue } from './reasonCatalogue';

export interface UnmatchedReason {
  key: string;
  label: string;
  /** Every spelling to add as a synonym when the user confirms. */
  spellings: string[];
  /** The category the CRM or the code kind gave it; null when the deal had none. */
  category: FailureCategory | null;
  accounts: number;
  /** Best match first. */
  suggestions: CatalogueReason[];
}

export function unmatchedReasons(
  analysis: FailureAnalysis,
  catalogue: ReasonCatalogue,
): UnmatchedReason[] {
  const index = indexCatalogue(catalogue);
  const byKey = new Map<string, UnmatchedReason>();
  for (const cohort of analysis.cohorts) {
    const reasons = [...cohort.categories.flatMap((c) => c.reasons), ...cohort.uncategorised];
    for (const reason of reasons) {
      if (reason.reasonId !== null) continue;
      const known = byKey.get(reason.key);
      if (known) {
        known.accounts += reason.accounts;
        known.spellings = [...new Set([...known.spellings, ...reason.spellings])].sort();
        continue;
      }
      const seen = new Set<string>();
      const suggestions = reason.spellings
        .flatMap((text) => index.suggest(text))
        .filter((match) => !seen.has(match.id) && seen.add(match.id));
      byKey.set(reason.key, {
        key: reason.key,
        label: reason.label,
        spellings: reason.spellings,
        category: reason.category,
        accounts: reason.accounts,
        suggestions,
      });
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      Number(b.suggestions.length > 0) - Number(a.suggestions.length > 0) ||
      b.accounts - a.accounts ||
      a.label.localeCompare(b.label),
  );
}
