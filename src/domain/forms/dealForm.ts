import { z } from 'zod';
import { dealSchema } from '../schemas/deal';
import { emptyForm, textToNumber, textToOptional } from './formFields';

const s = dealSchema.shape;

export const dealFormSchema = z
  .object({
    name: textToOptional(s.name),
    stage: s.stage,
    amount: textToNumber(s.amount),
    createdOn: textToOptional(s.createdOn),
    closedOn: textToOptional(s.closedOn),
    lossReason: textToOptional(s.lossReason),
    lossCategory: z
      .string()
      .transform((v) => (v === '' ? null : v))
      .pipe(s.lossCategory),
  })
  .superRefine((deal, ctx) => {
    if (deal.createdOn && deal.closedOn && deal.closedOn < deal.createdOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedOn'],
        message: 'A deal cannot close before it was created.',
      });
    }
    if (deal.stage !== 'lost' && (deal.lossReason || deal.lossCategory)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lossReason'],
        message: 'Only lost deals have a loss reason.',
      });
    }
  });
export type DealFormValues = z.input<typeof dealFormSchema>;

export const EMPTY_DEAL_FORM: DealFormValues = { ...emptyForm(dealFormSchema), stage: 'open' };
