import { z } from 'zod';
import { recordBase } from './common';

/** What one import changed, so Undo can put back exactly the state before it. */
export const importRecordSchema = z.object({
  ...recordBase,
  kind: z.enum(['accounts', 'deals']),
  fileName: z.string().max(500),
  preset: z.string().max(100),
  rowCount: z.number().int().min(0),
  createdAccountIds: z.array(z.string()),
  createdDealIds: z.array(z.string()),
  /** Before-images of records the import overwrote. */
  previousAccounts: z.array(z.unknown()),
  previousDeals: z.array(z.unknown()),
  status: z.enum(['applied', 'undone']),
  /**
   * The change log's position once the import's records were written: a record logged after it
   * was edited since, and Undo keeps that edit. Absent on imports made before the log existed,
   * whose every logged change is later than them.
   */
  changeSeq: z.number().int().min(0).optional(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;
