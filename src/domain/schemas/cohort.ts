import { z } from 'zod';

export const COHORTS = ['power_user', 'emerging_promoter', 'churner', 'lost_deal'] as const;
export const cohortSchema = z.enum(COHORTS, {
  message: 'Cohort must be one of power user, emerging promoter, churner, lost deal.',
});
export type Cohort = z.infer<typeof cohortSchema>;

export const COHORT_LABELS: Record<Cohort, string> = {
  power_user: 'Power users',
  emerging_promoter: 'Emerging promoters',
  churner: 'Churners',
  lost_deal: 'Lost deals',
};

export const COHORT_SINGULAR: Record<Cohort, string> = {
  power_user: 'Power user',
  emerging_promoter: 'Emerging promoter',
  churner: 'Churner',
  lost_deal: 'Lost deal',
};
