import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { installChangeLog } from './changeLog';
import { explainQuotaErrors } from './storageErrors';
import { settingScope, storesOf } from './tables';
import { TABLES_WITH_MAPS, withMapsAsPairs } from '../domain/legacyMaps';
import type { Account } from '../domain/schemas/account';
import type { ChangeRow } from '../domain/schemas/change';
import type { Code } from '../domain/schemas/code';
import type { Comment } from '../domain/schemas/comment';
import type { Contact } from '../domain/schemas/contact';
import type { Deal } from '../domain/schemas/deal';
import type { Experiment } from '../domain/schemas/experiment';
import type { Finding } from '../domain/schemas/finding';
import type { Guide } from '../domain/schemas/guide';
import type { Highlight } from '../domain/schemas/highlight';
import type { IcpVersion } from '../domain/schemas/icpVersion';
import type { ImportRecord } from '../domain/schemas/importRecord';
import type { Interview } from '../domain/schemas/interview';
import type { Question } from '../domain/schemas/question';
import { guidesWithBank } from '../domain/questionBank';
import type { Setting } from '../domain/schemas/setting';
import type { Trait } from '../domain/schemas/trait';

/**
 * Every schema version lives here, oldest first. A change adds a version with an upgrade
 * function and a test in test/db/schemaUpgrade.test.ts that opens a database written by the
 * previous version.
 */
export const SCHEMA_V1 = {
  accounts: 'id, name, domain, cohort, industry, region, importId, updatedAt',
  deals: 'id, accountId, stage, importId',
  contacts: 'id, accountId',
  guides: 'id, cohort',
  interviews: 'id, accountId, date, guideId',
  codes: 'id, kind, parentId',
  highlights: 'id, interviewId, accountId, *codeIds, *traitIds',
  traits: 'id, kind',
  findings: 'id, status',
  icpVersions: 'id, &number, status',
  imports: 'id, createdAt',
  settings: 'key',
} as const;

/** Version 2 adds experiments that test the ICP; a new, empty store needs no upgrade. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  experiments: 'id, status, icpVersionId',
} as const;

/**
 * Version 3 keeps the stores and changes record shapes: maps keyed by user text become pairs
 * (domain/legacyMaps.ts), so no user text is an object key in stored data.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4 adds the change log (changeLog.ts) and a store for device-local settings, which
 * leave `settings` so that backups and the log can skip them by table. (The log's rows were
 * reshaped from one per record to one per write request before version 4 reached any user, so
 * that change stayed in version 4.) From here on the newest version's stores come from the table
 * registry (tables.ts); this constant freezes them, and a test checks the registry still matches
 * it. Changing the registry means a version 5.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  deviceSettings: 'key',
  changes: '++seq, at, *keys',
} as const;

/**
 * Version 5 adds the question bank: guides list question ids instead of holding their own
 * texts (domain/questionBank.ts).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V3,
  // Before the device stores, as the registry lists it: backups list tables in this order.
  questions: 'id',
  deviceSettings: SCHEMA_V4.deviceSettings,
  changes: SCHEMA_V4.changes,
} as const;

/**
 * Version 6 adds review comments (`comments`, a new, empty store) and `searchSegments`, the
 * search index stored in pieces (device-local), drops the one-record snapshot it replaces, and
 * drops the change log's `*keys` index, which no reader used.
 * From here on the registry's stores are version 6's; this constant freezes them, and changing
 * the registry means a version 7.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V3,
  questions: SCHEMA_V5.questions,
  comments: 'id, [targetKind+targetId], threadId',
  deviceSettings: SCHEMA_V4.deviceSettings,
  changes: '++seq, at',
  searchSegments: 'id',
} as const;

export const CURRENT_SCHEMA_VERSION = 6;

/** A search index segment: what it holds is src/search's business, checked when it is read. */
export interface SearchSegmentRow {
  id: string;
  value: unknown;
}

export class WorkspaceDb extends Dexie {
  accounts!: EntityTable<Account, 'id'>;
  deals!: EntityTable<Deal, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  guides!: EntityTable<Guide, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  codes!: EntityTable<Code, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;
  traits!: EntityTable<Trait, 'id'>;
  findings!: EntityTable<Finding, 'id'>;
  icpVersions!: EntityTable<IcpVersion, 'id'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  experiments!: EntityTable<Experiment, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  comments!: EntityTable<Comment, 'id'>;
  deviceSettings!: EntityTable<Setting, 'key'>;
  changes!: EntityTable<ChangeRow, 'seq'>;
  searchSegments!: EntityTable<SearchSegmentRow, 'id'>;

  constructor(name: string) {
    // Strict durability: a note is only reported saved once it is on disk, not in an OS buffer.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3).upgrade(mapsToPairs);
    this.version(4).stores(SCHEMA_V4).upgrade(deviceSettingsApart);
    this.version(5).stores(SCHEMA_V5).upgrade(questionBankApart);
    // The newest version's stores come from the registry. When the registry changes, this
    // version takes SCHEMA_V6 and a version 7 takes storesOf().
    this.version(6).stores(storesOf()).upgrade(searchSnapshotDropped);
    explainQuotaErrors(this);
    installChangeLog(this);
  }
}

// Backups and their tests have always read the table list here; tables.ts now owns it.
export { WORKSPACE_TABLES } from './tables';

/**
 * Whole records are read and put back rather than changed with modify(): modify hands the
 * callback a deep clone built by assignment, which turns a "__proto__" key into a prototype and
 * drops it before the conversion could keep it.
 */
async function mapsToPairs(tx: Transaction): Promise<void> {
  for (const name of TABLES_WITH_MAPS) {
    const table = tx.table(name);
    const rows: unknown[] = await table.toArray();
    await table.bulkPut(rows.map((row) => withMapsAsPairs(name, row)));
  }
}

/**
 * Device-local settings (tables.ts) move to their own store. The records written before
 * version 4 are not logged: the log starts with the first change made after it.
 */
async function deviceSettingsApart(tx: Transaction): Promise<void> {
  const settings = tx.table('settings');
  const rows: { key: string }[] = await settings.toArray();
  const device = rows.filter((row) => settingScope(row.key) === 'device');
  await tx.table('deviceSettings').bulkAdd(device);
  await settings.bulkDelete(device.map((row) => row.key));
}

/**
 * Each guide's question texts become bank questions, one per distinct text, and the guide
 * lists their ids in its order (domain/questionBank.ts). Like every upgrade, not logged.
 */
async function questionBankApart(tx: Transaction): Promise<void> {
  const guides = tx.table('guides');
  const { guides: converted, questions } = guidesWithBank(await guides.toArray());
  await guides.bulkPut(converted);
  await tx.table('questions').bulkAdd(questions);
}

/** The key the search index snapshot had before version 6 (a literal: src/db imports no search). */
const SEARCH_SNAPSHOT_KEY = 'search.snapshot';

/**
 * The one-record search snapshot gives way to `searchSegments`; the index rebuilds into them on
 * the first start. Device state only, so nothing of the workspace changes.
 */
async function searchSnapshotDropped(tx: Transaction): Promise<void> {
  await tx.table('deviceSettings').delete(SEARCH_SNAPSHOT_KEY);
}
