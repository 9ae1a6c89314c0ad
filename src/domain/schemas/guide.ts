import { z } from 'zod';
import { cohortSchema } from './cohort';
import { recordBase, shortText } from './common';

export const guideSchema = z.object({
  ...recordBase,
  name: shortText('Guide name', 200),
  cohort: cohortSchema.nullable(),
  /** Ids of the question bank's questions (schemas/question.ts), in the order they are asked. */
  questionIds: z
    .array(z.string().min(1, 'A question id is missing.'))
    .max(200, 'A guide holds at most 200 questions.'),
});
export type Guide = z.infer<typeof guideSchema>;
