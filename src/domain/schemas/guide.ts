import { z } from 'zod';
import { cohortSchema } from './cohort';
import { recordBase, shortText } from './common';

export const guideSchema = z.object({
  ...recordBase,
  name: shortText('Guide name', 200),
  cohort: cohortSchema.nullable(),
  questions: z.array(shortText('Question', 1000)).max(200, 'A guide holds at most 200 questions.'),
});
export type Guide = z.infer<typeof guideSchema>;
