import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { getSetting, putSetting } from '../../db/settingsRepo';
import {
  INTERVIEW_TARGETS_SETTING_KEY,
  interviewTargetsFromSetting,
  interviewTargetsSchema,
  type InterviewTargets,
} from '../../domain/planning/interviewTargets';

/**
 * The workspace's interview target per cohort, live (undefined while loading), with its save.
 * Set in the tour plan; Synthesis measures coverage against the same targets.
 */
export function useInterviewTargets(db: WorkspaceDb) {
  const stored = useLiveQuery(
    async () => ({ value: await getSetting(db, INTERVIEW_TARGETS_SETTING_KEY) }),
    [db],
  );
  const targets = useMemo(
    () => (stored ? interviewTargetsFromSetting(stored.value) : undefined),
    [stored],
  );
  const save = useCallback(
    (values: InterviewTargets) =>
      putSetting(db, INTERVIEW_TARGETS_SETTING_KEY, interviewTargetsSchema.parse(values)),
    [db],
  );
  return { targets, save };
}
