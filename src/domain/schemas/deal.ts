import { z } from 'zod';
import { isoDate, nonNegative, optionalText, recordBase } from './common';
import { customFieldsSchema } from './customFields';

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
  /**
   * Columns the user kept from an import. Optional, not defaulted: deals stored (or backed up)
   * before the field existed have none, and must still parse and restore exactly as they were;
   * readers treat a missing map as empty, and new writes (dealsRepo, imports) always set one.
   */
  customFields: customFieldsSchema.optional(),
  importId: z.string().nullable(),
});
export type Deal = z.infer<typeof dealSchema>;
export type DealStage = Deal['stage'];
