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
  /**
   * The codes on Alt+1…9 during this guide's calls, in key order. Absent on guides written
   * before pins were per guide: those read as their cohort's defaults (domain/guidePins.ts).
   */
  pinnedCodeIds: z
    .array(z.string().min(1))
    .max(9, 'A guide pins at most 9 codes, one for each of Alt+1…9.')
    .refine((ids) => new Set(ids).size === ids.length, 'A code is pinned only once per guide.')
    .optional(),
});
export type Guide = z.infer<typeof guideSchema>;
