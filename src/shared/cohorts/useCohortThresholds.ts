import type { WorkspaceDb } from '../../db/schema';
import {
  COHORT_THRESHOLDS_SETTING_KEY,
  cohortThresholdsFromSetting,
  type CohortThresholds,
} from '../../domain/cohortRules';
import { useWorkspaceSetting } from '../settings/useWorkspaceSetting';

/** The workspace's cohort thresholds, live, with their save; set on Accounts and in Settings. */
export function useCohortThresholds(db: WorkspaceDb) {
  const { value: thresholds, save } = useWorkspaceSetting<CohortThresholds>(
    db,
    COHORT_THRESHOLDS_SETTING_KEY,
    cohortThresholdsFromSetting,
  );
  return { thresholds, save };
}
