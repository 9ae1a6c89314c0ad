import { z } from 'zod';
import type { GuideInput } from '../../db/guidesRepo';
import { cohortSchema } from '../../domain/schemas/cohort';
import { shortText } from '../../domain/schemas/common';
import { guideSchema, type Guide } from '../../domain/schemas/guide';

/** Questions are objects because react-hook-form's field arrays track rows by object identity. */
export const guideFormSchema = z.object({
  name: guideSchema.shape.name,
  cohort: z.union([z.literal(''), cohortSchema]),
  questions: z
    .array(z.object({ text: shortText('Question', 1000) }))
    .max(200, 'A guide holds at most 200 questions.'),
});
export type GuideFormInput = z.input<typeof guideFormSchema>;
export type GuideFormValues = z.output<typeof guideFormSchema>;

export function guideToForm(guide: Guide | null): GuideFormInput {
  return {
    name: guide?.name ?? '',
    cohort: guide?.cohort ?? '',
    questions: (guide?.questions ?? ['']).map((text) => ({ text })),
  };
}

export function formToGuide(values: GuideFormValues): GuideInput {
  return {
    name: values.name,
    cohort: values.cohort === '' ? null : values.cohort,
    questions: values.questions.map((q) => q.text),
  };
}
