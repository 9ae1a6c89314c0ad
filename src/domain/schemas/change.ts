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
 * One row of the change log: one record written, in the order the database committed them.
 * It names the record, not its content: a reader wanting the content reads the record. The
 * newest row of a deleted record is its tombstone.
 */
export const changeSchema = z.object({
  seq: z.number().int().positive(),
  table: z.string().min(1),
  key: z.string(),
  op: changeOpSchema,
  source: changeSourceSchema,
  actor: z.string().min(1),
  at: z.iso.datetime(),
});
export type Change = z.infer<typeof changeSchema>;
