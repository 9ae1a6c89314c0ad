import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { getSetting, putSetting } from '../../db/settingsRepo';
import {
  COHORT_THRESHOLDS_SETTING_KEY,
  cohortThresholdsFromSetting,
  type CohortThresholds,
} from '../../domain/cohortRules';

/** The workspace's cohort thresholds, live, with their save; set on Accounts and in Settings. */
export function useCohortThresholds(db: WorkspaceDb) {
  const stored = useLiveQuery(
    async () => ({ value: await getSetting(db, COHORT_THRESHOLDS_SETTING_KEY) }),
    [db],
  );
  const thresholds = useMemo(
    () => (stored ? cohortThresholdsFromSetting(stored.value) : undefined),
    [stored],
  );
  const save = useCallback(
    (values: CohortThresholds) => putSetting(db, COHORT_THRESHOLDS_SETTING_KEY, values),
    [db],
  );
  return { thresholds, save };
}
