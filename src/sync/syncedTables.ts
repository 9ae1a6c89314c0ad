/**
 * What team sync carries: every workspace-scope table of the registry (db/tables.ts), each with
 * the field that keys its records, the zod schema a peer's record must pass before it is written
 * here, and the fields merged character by character (Y.Text) rather than replaced whole.
 */
import type { z } from 'zod';
import { WORKSPACE_TABLES, settingScope, type WorkspaceTableName } from '../db/tables';
import { accountSchema } from '../domain/schemas/account';
import { codeSchema } from '../domain/schemas/code';
import { commentSchema } from '../domain/schemas/comment';
import { contactSchema } from '../domain/schemas/contact';
import { dealSchema } from '../domain/schemas/deal';
import { experimentSchema } from '../domain/schemas/experiment';
import { findingSchema } from '../domain/schemas/finding';
import { guideSchema } from '../domain/schemas/guide';
import { highlightSchema } from '../domain/schemas/highlight';
import { icpVersionSchema } from '../domain/schemas/icpVersion';
import { importRecordSchema } from '../domain/schemas/importRecord';
import { interviewSchema } from '../domain/schemas/interview';
import { questionSchema } from '../domain/schemas/question';
import { settingSchema } from '../domain/schemas/setting';
import { traitSchema } from '../domain/schemas/trait';

export interface SyncedTable {
  readonly key: 'id' | 'key';
  readonly schema: z.ZodType<Record<string, unknown>>;
  /** Long text people type into, possibly at once: a Y.Text each, merged per character. */
  readonly textFields: readonly string[];
  /**
   * Lists of items with an id that several people may add to at once: a Y.Map by id, so both
   * additions survive (a plain JSON field would keep only the last writer's list).
   */
  readonly keyedLists: readonly string[];
}

// A device-scope key never belongs in `settings`: one arriving from a peer is refused like a bad
// record, since writing it would be refused by the change log anyway.
const workspaceSettingSchema = settingSchema.refine((s) => settingScope(s.key) === 'workspace', {
  message: 'This setting belongs to one device and is never shared.',
  path: ['key'],
});

const record = (
  schema: z.ZodType<Record<string, unknown>>,
  textFields: string[] = [],
  keyedLists: string[] = [],
) => ({ key: 'id', schema, textFields, keyedLists }) as const;

/** `satisfies` a record of every workspace table: a new table does not compile until it is here. */
export const SYNCED_TABLES = {
  accounts: record(accountSchema),
  deals: record(dealSchema),
  contacts: record(contactSchema),
  guides: record(guideSchema),
  // Two people typing at once in the notes editor may each get a kept copy (notesCopies).
  interviews: record(interviewSchema, ['notes'], ['notesCopies']),
  codes: record(codeSchema),
  highlights: record(highlightSchema),
  traits: record(traitSchema),
  findings: record(findingSchema),
  icpVersions: record(icpVersionSchema),
  imports: record(importRecordSchema),
  settings: { key: 'key', schema: workspaceSettingSchema, textFields: [], keyedLists: [] },
  experiments: record(experimentSchema),
  // A shared question's text is edited in one place for every guide: merged per character.
  questions: record(questionSchema, ['text']),
  // Carried by the review document, not the evidence one (REVIEW_TABLE_NAMES).
  comments: record(commentSchema),
} as const satisfies Record<WorkspaceTableName, SyncedTable>;

/**
 * The tables of the review document (`<ws>/review`), which every role may write: a reviewer's
 * comments go there while the evidence document stays read-only for them.
 */
export const REVIEW_TABLE_NAMES: readonly WorkspaceTableName[] = ['comments'];

/** The evidence document's tables: every workspace table but the review document's. */
export const SYNCED_TABLE_NAMES: readonly WorkspaceTableName[] = WORKSPACE_TABLES.filter(
  (name) => !REVIEW_TABLE_NAMES.includes(name),
);

export function syncedTable(name: WorkspaceTableName): SyncedTable {
  return SYNCED_TABLES[name];
}
