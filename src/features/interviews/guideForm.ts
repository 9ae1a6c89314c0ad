import { z } from 'zod';
import type { GuideInput } from '../../db/guidesRepo';
import { cohortSchema } from '../../domain/schemas/cohort';
import { shortText } from '../../domain/schemas/common';
import { guideSchema, type Guide } from '../../domain/schemas/guide';
import type { Question } from '../../domain/schemas/question';

/**
 * Questions are objects because react-hook-form's field arrays track rows by object identity.
 * `questionId` names the bank question ('' for one typed here, new to the bank).
 */
export const guideFormSchema = z.object({
  name: guideSchema.shape.name,
  cohort: z.union([z.literal(''), cohortSchema]),
  questions: z
    .array(z.object({ questionId: z.string(), text: shortText('Question', 1000) }))
    .max(200, 'A guide holds at most 200 questions.'),
});
export type GuideFormInput = z.input<typeof guideFormSchema>;
export type GuideFormValues = z.output<typeof guideFormSchema>;

export function guideToForm(
  guide: Guide | null,
  bank: ReadonlyMap<string, Question>,
): GuideFormInput {
  const questions = guide
    ? guide.questionIds.flatMap((id) => {
        const question = bank.get(id);
        return question ? [{ questionId: id, text: question.text }] : [];
      })
    : [{ questionId: '', text: '' }];
  return { name: guide?.name ?? '', cohort: guide?.cohort ?? '', questions };
}

export function formToGuide(values: GuideFormValues): GuideInput {
  return {
    name: values.name,
    cohort: values.cohort === '' ? null : values.cohort,
    questions: values.questions.map((q) => ({ id: q.questionId || null, text: q.text })),
  };
}
