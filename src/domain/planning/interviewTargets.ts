/**
 * How many accounts the tour means to hear from in each cohort (DOMAIN.md §3: keep
 * interviewing until new answers stop appearing). Stored as one workspace setting; a target
 * counts distinct interviewed accounts, as coverageGaps does.
 */
import { z } from 'zod';
import { COHORT_LABELS, COHORTS, type Cohort } from '../schemas/cohort';
import { DEFAULT_INTERVIEW_TARGET } from '../synthesis/coverageGaps';

export const INTERVIEW_TARGETS_SETTING_KEY = 'tour.interviewTargets';

/** Above this a target is a typo: no listening tour interviews a thousand accounts per cohort. */
export const MAX_INTERVIEW_TARGET = 999;

function targetSchema(cohort: Cohort) {
  const label = `${COHORT_LABELS[cohort]} target`;
  return z
    .number({ message: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(1, `${label} must be at least 1.`)
    .max(MAX_INTERVIEW_TARGET, `${label} must be at most ${MAX_INTERVIEW_TARGET}.`);
}

export const interviewTargetsSchema = z.object({
  power_user: targetSchema('power_user'),
  emerging_promoter: targetSchema('emerging_promoter'),
  churner: targetSchema('churner'),
  lost_deal: targetSchema('lost_deal'),
});
export type InterviewTargets = z.infer<typeof interviewTargetsSchema>;

export const DEFAULT_INTERVIEW_TARGETS: InterviewTargets = {
  power_user: DEFAULT_INTERVIEW_TARGET,
  emerging_promoter: DEFAULT_INTERVIEW_TARGET,
  churner: DEFAULT_INTERVIEW_TARGET,
  lost_deal: DEFAULT_INTERVIEW_TARGET,
};

/**
 * The stored setting, cohort by cohort over the defaults: a workspace that never saved targets,
 * a backup from an older version or one bad value still gives four usable targets.
 */
export function interviewTargetsFromSetting(stored: unknown): InterviewTargets {
  const record: Record<string, unknown> =
    typeof stored === 'object' && stored !== null ? { ...stored } : {};
  const targets = { ...DEFAULT_INTERVIEW_TARGETS };
  for (const cohort of COHORTS) {
    const parsed = interviewTargetsSchema.shape[cohort].safeParse(record[cohort]);
    if (parsed.success) targets[cohort] = parsed.data;
  }
  return targets;
}
