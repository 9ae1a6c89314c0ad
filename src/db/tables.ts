/**
 * The one list of a workspace database's tables and settings keys, each with its scope:
 * - 'workspace': the workspace's data. Backed up, written to the change log, synced later.
 * - 'device': this browser's own state about the workspace (the accounts table's layout, the
 *   search index's segments, the change log itself). Never backed up, never logged, never synced;
 *   a restore leaves it as it is.
 * The Dexie schema (schema.ts), backups (backupRepo.ts) and the change log (changeLog.ts) read
 * their table lists from here. The backup reminder's state lives in the registry database's
 * prefs, outside any workspace database, so it is device-local by construction.
 */

export type Scope = 'workspace' | 'device';

interface TableEntry {
  /** Dexie's index spec: the primary key first. */
  readonly indexes: string;
  readonly scope: Scope;
}

export const CHANGES_TABLE = 'changes';

/**
 * In the order backups list them (exportDB writes a database's tables in schema order). A change
 * here is a change of schema: it needs a new Dexie version in schema.ts, whose test compares
 * this list with the newest frozen version.
 */
export const TABLES = {
  accounts: {
    indexes: 'id, name, domain, cohort, industry, region, importId, updatedAt',
    scope: 'workspace',
  },
  deals: { indexes: 'id, accountId, stage, importId', scope: 'workspace' },
  contacts: { indexes: 'id, accountId', scope: 'workspace' },
  guides: { indexes: 'id, cohort', scope: 'workspace' },
  interviews: { indexes: 'id, accountId, date, guideId', scope: 'workspace' },
  codes: { indexes: 'id, kind, parentId', scope: 'workspace' },
  highlights: { indexes: 'id, interviewId, accountId, *codeIds, *traitIds', scope: 'workspace' },
  traits: { indexes: 'id, kind', scope: 'workspace' },
  findings: { indexes: 'id, status', scope: 'workspace' },
  icpVersions: { indexes: 'id, &number, status', scope: 'workspace' },
  imports: { indexes: 'id, createdAt', scope: 'workspace' },
  /** Workspace-scope settings only; device-scope keys live in deviceSettings (see SETTING_KEYS). */
  settings: { indexes: 'key', scope: 'workspace' },
  experiments: { indexes: 'id, status, icpVersionId', scope: 'workspace' },
  /** The question bank guides pick from (schema version 5). */
  questions: { indexes: 'id', scope: 'workspace' },
  /**
   * Review threads (schema version 6). In a shared workspace they sync through the review
   * document, which reviewers may write, not the evidence document (src/sync).
   */
  comments: { indexes: 'id, [targetKind+targetId], threadId', scope: 'workspace' },
  deviceSettings: { indexes: 'key', scope: 'device' },
  /**
   * The change log (changeLog.ts), one row per write request. `at` finds what compaction may
   * drop. Readers scan the rows after a seq; a `*keys` index (until schema version 6) cost
   * every import 10,000 index entries for a per-record lookup nothing in the app made.
   */
  [CHANGES_TABLE]: { indexes: '++seq, at', scope: 'device' },
  /**
   * The search index in pieces (src/search/indexSegments.ts, schema version 6): one row per
   * segment, so a save writes only the segments a change touched and a start-up reads them all
   * in one request. Rebuilt from the records when missing.
   */
  searchSegments: { indexes: 'id', scope: 'device' },
} as const satisfies Record<string, TableEntry>;

export type TableName = keyof typeof TABLES;
export type WorkspaceTableName = {
  [K in TableName]: (typeof TABLES)[K]['scope'] extends 'workspace' ? K : never;
}[TableName];
export type DeviceTableName = Exclude<TableName, WorkspaceTableName>;

const NAMES = Object.keys(TABLES) as TableName[];

export const WORKSPACE_TABLES = NAMES.filter(
  (name): name is WorkspaceTableName => TABLES[name].scope === 'workspace',
);
export const DEVICE_TABLES = NAMES.filter(
  (name): name is DeviceTableName => TABLES[name].scope === 'device',
);

/** The Dexie `stores()` argument for the tables as listed. */
export function storesOf(): Record<TableName, string> {
  return Object.fromEntries(NAMES.map((name) => [name, TABLES[name].indexes])) as Record<
    TableName,
    string
  >;
}

const WORKSPACE = new Set<string>(WORKSPACE_TABLES);

/** Only workspace data is logged: device state is never synced, so no one would read its rows. */
export function isLoggedTable(name: string): boolean {
  return WORKSPACE.has(name);
}

interface SettingKeyEntry {
  readonly key: string;
  /** 'prefix' covers a family of keys, e.g. one import mapping per CSV preset. */
  readonly match: 'exact' | 'prefix';
  readonly scope: Scope;
}

/**
 * Every settings key the app writes. Keys are literals, not imports of the modules that own
 * them: those modules load with their pages, and the schema loads first (test/db/tables.test.ts
 * checks the two agree). A key not listed is workspace data: backing up a setting that did not
 * need it costs less than losing one that did.
 */
export const SETTING_KEYS: readonly SettingKeyEntry[] = [
  { key: 'cohortThresholds', match: 'exact', scope: 'workspace' },
  { key: 'icp.gridSettings', match: 'exact', scope: 'workspace' },
  { key: 'icp.requiredApprovals', match: 'exact', scope: 'workspace' },
  { key: 'synthesis.reasonCatalogue', match: 'exact', scope: 'workspace' },
  // The team's CRM exports look the same on every member's machine.
  { key: 'import.mapping.', match: 'prefix', scope: 'workspace' },
  { key: 'import.lossRules', match: 'exact', scope: 'workspace' },
  // Sort, filters and columns are one person's view of the accounts, on one screen.
  { key: 'accounts.tableLayout', match: 'exact', scope: 'device' },
  // The whole index in one record, written before schema version 6 (searchSegments since);
  // version 6's upgrade deletes it.
  { key: 'search.snapshot', match: 'exact', scope: 'device' },
  { key: 'changes.compactedAt', match: 'exact', scope: 'device' },
  // How far this device's change log was pushed to the team's shared document (src/sync).
  { key: 'sync.pushedSeq', match: 'exact', scope: 'device' },
  // The same for the review document, which carries the comments.
  { key: 'sync.review.pushedSeq', match: 'exact', scope: 'device' },
];

export function settingScope(key: string): Scope {
  const entry = SETTING_KEYS.find((e) =>
    e.match === 'exact' ? e.key === key : key.startsWith(e.key),
  );
  return entry?.scope ?? 'workspace';
}
