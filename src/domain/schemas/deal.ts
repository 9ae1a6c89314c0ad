import { z } from 'zod';
import { isoDate, nonNegative, optionalText, recordBase } from './common';

export const DEAL_STAGES = ['won', 'lost', 'open'] as const;
export const FAILURE_CATEGORIES = ['product', 'process', 'external'] as const;
export const failureCategorySchema = z.enum(FAILURE_CATEGORIES, {
  message: 'Loss category must be product, process or external.',
});
export type FailureCategory = z.infer<typeof failureCategorySchema>;

export const dealSchema = z.object({
  ...recordBase,
  accountId: z.string().min(1, 'A deal belongs to an account.'),
  name: optionalText('Deal name', 300),
  crmId: optionalText('CRM id', 100),
  stage: z.enum(DEAL_STAGES, { message: 'Stage must be won, lost or open.' }),
  amount: nonNegative('Amount').nullable(),
  createdOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  lossReason: optionalText('Loss reason', 1000),
  lossCategory: failureCategorySchema.nullable(),
  importId: z.string().nullable(),
});
export type Deal = z.infer<typeof dealSchema>;
export type DealStage = Deal['stage'];
