import { z } from 'zod';

/**
 * Where a write came from. 'local' is a person working in this browser; 'import' a CSV import or
 * the demo being seeded; 'undo' an Undo; 'restore' a backup or snapshot put back; 'remote' a
 * change received from another member (team sync).
 */
export const changeSourceSchema = z.enum(['local', 'import', 'undo', 'restore', 'remote']);
export type ChangeSource = z.infer<typeof changeSourceSchema>;

/** A put wrote the whole record (add, put, update, modify); a delete removed it. */
export const changeOpSchema = z.enum(['put', 'delete']);
export type ChangeOp = z.infer<typeof changeOpSchema>;

/**
 * One stored row of the change log: one write request (a put, a bulkPut chunk, a delete, a
 * clear), naming every record it wrote, in the order the database committed them. One row per
 * request rather than per record because each stored row is one more IndexedDB request, and a
 * row per record made a 10,000-account import cost 2.1× a bare bulkPut (docs/architecture.md).
 * It names the records, not their content: a reader wanting the content reads the records.
 */
export const changeRowSchema = z.object({
  seq: z.number().int().positive(),
  table: z.string().min(1),
  keys: z.array(z.string()).min(1),
  op: changeOpSchema,
  source: changeSourceSchema,
  actor: z.string().min(1),
  at: z.iso.datetime(),
});
export type ChangeRow = z.infer<typeof changeRowSchema>;

/**
 * One record written, as readers see the log (changesSince in db/changeQueries.ts flattens the
 * stored rows into these). The newest entry of a deleted record is its tombstone.
 */
export const changeSchema = changeRowSchema.omit({ keys: true }).extend({ key: z.string() });
export type Change = z.infer<typeof changeSchema>;
