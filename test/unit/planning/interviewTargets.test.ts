import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTERVIEW_TARGETS,
  interviewTargetsFromSetting,
  interviewTargetsSchema,
} from '../../../src/domain/planning/interviewTargets';

describe('interview targets', () => {
  it('default to 5 per cohort when never saved', () => {
    expect(interviewTargetsFromSetting(undefined)).toEqual({
      power_user: 5,
      emerging_promoter: 5,
      churner: 5,
      lost_deal: 5,
    });
    expect(interviewTargetsFromSetting('junk')).toEqual(DEFAULT_INTERVIEW_TARGETS);
  });

  it('keep every valid stored target and fall back cohort by cohort', () => {
    expect(
      interviewTargetsFromSetting({ power_user: 8, churner: 0, lost_deal: 2.5, extra: 1 }),
    ).toEqual({ power_user: 8, emerging_promoter: 5, churner: 5, lost_deal: 5 });
  });

  it('say which cohort’s target is wrong', () => {
    const result = interviewTargetsSchema.safeParse({ ...DEFAULT_INTERVIEW_TARGETS, churner: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Churners target must be at least 1.',
    ]);
  });
});
