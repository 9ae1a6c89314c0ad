import type { WorkspaceDb } from '../../db/schema';
import {
  INTERVIEW_TARGETS_SETTING_KEY,
  interviewTargetsFromSetting,
  interviewTargetsSchema,
  type InterviewTargets,
} from '../../domain/planning/interviewTargets';
import { useWorkspaceSetting } from '../settings/useWorkspaceSetting';

const toStored = (values: InterviewTargets) => interviewTargetsSchema.parse(values);

/**
 * The workspace's interview target per cohort, live (undefined while loading), with its save.
 * Set in the tour plan; Synthesis measures coverage against the same targets.
 */
export function useInterviewTargets(db: WorkspaceDb) {
  const { value: targets, save } = useWorkspaceSetting(
    db,
    INTERVIEW_TARGETS_SETTING_KEY,
    interviewTargetsFromSetting,
    toStored,
  );
  return { targets, save };
}
