import {
  INTERVIEW_TARGETS_SETTING_KEY,
  interviewTargetsFromSetting,
  interviewTargetsSchema,
} from '../../domain/planning/interviewTargets';
import { settingHook } from '../settings/useWorkspaceSetting';

/**
 * The workspace's interview target per cohort, live (undefined while loading), with its save.
 * Set in the tour plan; Synthesis measures coverage against the same targets.
 */
export const useInterviewTargets = settingHook(
  INTERVIEW_TARGETS_SETTING_KEY,
  interviewTargetsFromSetting,
  interviewTargetsSchema,
);
