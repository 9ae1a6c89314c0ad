import { z } from 'zod';
import { cohortSchema } from './cohort';
import { recordBase, shortText } from './common';

export const findingSchema = z.object({
  ...recordBase,
  statement: shortText('Statement', 2000),
  codeIds: z.array(z.string()),
  highlightIds: z.array(z.string()),
  cohort: cohortSchema.nullable(),
  status: z.enum(['draft', 'accepted', 'rejected']),
});
export type Finding = z.infer<typeof findingSchema>;
