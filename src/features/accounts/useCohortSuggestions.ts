import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { loadCohortInputs, type CohortInputs } from '../../db/cohortsRepo';
import type { WorkspaceDb } from '../../db/schema';
import { useCohortThresholds } from '../../shared/cohorts/useCohortThresholds';
import {
  applySuggestions,
  isUserSet,
  suggestCohorts,
  type CohortSuggestion,
} from '../../domain/cohortRules';

/** The domain reads no clock, so the feature layer decides what "today" is, once per mount. */
export function useToday(): string {
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  return today;
}

export function useCohortInputs(db: WorkspaceDb): CohortInputs | undefined {
  return useLiveQuery(() => loadCohortInputs(db), [db]);
}

/** What the dialog says will happen to an account. */
export type SuggestionOutcome = 'apply' | 'kept' | 'unchanged' | 'none';

export interface SuggestionRow {
  suggestion: CohortSuggestion;
  accountName: string;
  outcome: SuggestionOutcome;
}

function outcomeOf(suggestion: CohortSuggestion): SuggestionOutcome {
  if (suggestion.willApply) return 'apply';
  if (isUserSet({ cohort: suggestion.current, cohortSource: suggestion.currentSource })) {
    return 'kept';
  }
  return suggestion.cohort === null ? 'none' : 'unchanged';
}

const OUTCOME_ORDER: Record<SuggestionOutcome, number> = {
  apply: 0,
  kept: 1,
  unchanged: 2,
  none: 3,
};

/** Suggestions over the live accounts and saved thresholds; changes to either recompute them. */
export function useCohortSuggestions(db: WorkspaceDb) {
  const today = useToday();
  const inputs = useCohortInputs(db);
  const { thresholds, save: saveThresholds } = useCohortThresholds(db);

  const suggestions = useMemo(
    () =>
      inputs && thresholds
        ? suggestCohorts(inputs.accounts, inputs.deals, thresholds, today)
        : undefined,
    [inputs, thresholds, today],
  );

  const rows = useMemo((): SuggestionRow[] | undefined => {
    if (!inputs || !suggestions) return undefined;
    const names = new Map(inputs.accounts.map((account) => [account.id, account.name]));
    // Accounts arrive sorted by name; a stable sort keeps that order within each outcome.
    return suggestions
      .map((suggestion) => ({
        suggestion,
        accountName: names.get(suggestion.accountId) ?? suggestion.accountId,
        outcome: outcomeOf(suggestion),
      }))
      .sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  }, [inputs, suggestions]);

  const changes = useMemo(
    () => (inputs && suggestions ? applySuggestions(inputs.accounts, suggestions) : []),
    [inputs, suggestions],
  );

  return { thresholds, saveThresholds, rows, changes };
}
