/**
 * The backup file: exactly the JSON that dexie-export-import's exportDB writes for a workspace
 * database, so the file also opens with Dexie's own importer. Reading one back never trusts it:
 * every row passes its entity's zod schema, and keys that could reach an object's prototype are
 * refused before anything copies the data. A backup from before schema version 3 holds maps keyed
 * by user text as objects; those become pairs first (legacyMaps.ts, reading own keys only), so a
 * speaker or column named "constructor" restores as data instead of being refused.
 */
import { z } from 'zod';
import { accountSchema } from './schemas/account';
import { codeSchema } from './schemas/code';
import { contactSchema } from './schemas/contact';
import { dealSchema } from './schemas/deal';
import { experimentSchema } from './schemas/experiment';
import { findingSchema } from './schemas/finding';
import { guideSchema } from './schemas/guide';
import { highlightSchema } from './schemas/highlight';
import { icpVersionSchema } from './schemas/icpVersion';
import { importRecordSchema } from './schemas/importRecord';
import { interviewSchema } from './schemas/interview';
import { questionSchema } from './schemas/question';
import { settingSchema } from './schemas/setting';
import { traitSchema } from './schemas/trait';
import { fieldLabel, ownValue, rowLabel } from './backupLocation';
import { PAIRS_SINCE_VERSION, withMapsAsPairs } from './legacyMaps';
import { guidesWithBank, QUESTION_BANK_SINCE_VERSION } from './questionBank';
import { commentSchema } from './schemas/comment';

/** Backups made before schema version 6 have no comments table; they restore with none. */
export const COMMENTS_SINCE_VERSION = 6;

interface BackupTable<S extends z.ZodType> {
  schema: S;
  /** The primary key: two rows with the same value could not both be written. */
  key: string;
  /** Unique secondary indexes (`&number`), checked here so the write cannot fail on them. */
  unique: readonly string[];
  /**
   * The schema version that created the table: a backup written before it cannot hold the
   * table, and restores with it empty rather than being refused.
   */
  since: number;
}

const table = <S extends z.ZodType>(
  schema: S,
  key = 'id',
  unique: readonly string[] = [],
  since = 1,
): BackupTable<S> => ({ schema, key, unique, since });

/** Every table of a workspace database, in the order exportDB writes them. */
export const BACKUP_TABLES = {
  accounts: table(accountSchema),
  deals: table(dealSchema),
  contacts: table(contactSchema),
  guides: table(guideSchema),
  interviews: table(interviewSchema),
  codes: table(codeSchema),
  highlights: table(highlightSchema),
  traits: table(traitSchema),
  findings: table(findingSchema),
  icpVersions: table(icpVersionSchema, 'id', ['number']),
  imports: table(importRecordSchema),
  settings: table(settingSchema, 'key'),
  experiments: table(experimentSchema, 'id', [], 2),
  questions: table(questionSchema, 'id', [], QUESTION_BANK_SINCE_VERSION),
  comments: table(commentSchema, 'id', [], COMMENTS_SINCE_VERSION),
} as const;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

export type BackupData = {
  [K in BackupTableName]: z.output<(typeof BACKUP_TABLES)[K]['schema']>[];
};
export type BackupCounts = Record<BackupTableName, number>;

export interface ParsedBackup {
  data: BackupData;
  meta: { databaseVersion: number; counts: BackupCounts };
}

export type ParseBackupResult = ({ ok: true } & ParsedBackup) | { ok: false; error: string };

/** dexie-export-import's own format version; a later one may be laid out differently. */
const DEXIE_FORMAT_VERSION = 1;

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

const headerSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.number(),
  data: z.object({ databaseVersion: z.number().positive() }),
});

const envelopeSchema = z.object({
  data: z.object({
    databaseName: z.string(),
    tables: z.array(
      z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().min(0) }),
    ),
    data: z.array(
      z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) }),
    ),
  }),
});

const isBackupTable = (name: string): name is BackupTableName => Object.hasOwn(BACKUP_TABLES, name);

interface PathStep {
  key: string;
  parent: PathStep | null;
}

function pathOf(step: PathStep | null): string[] {
  const keys: string[] = [];
  for (let at = step; at; at = at.parent) keys.unshift(at.key);
  return keys;
}

/**
 * Walks the whole document without recursion (a hostile file may nest deeply). JSON.parse turns
 * "__proto__" into an own property rather than a prototype, so Object.hasOwn sees it; the walk
 * must run before anything copies the objects, because copying is when pollution happens.
 */
function findForbiddenKey(root: unknown): { key: string; path: string[] } | null {
  const stack: { value: unknown; step: PathStep | null }[] = [{ value: root, step: null }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, step } = item;
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Record<string, unknown>;
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(record, key)) return { key, path: pathOf({ key, parent: step }) };
    }
    for (const key of Object.keys(record)) {
      stack.push({ value: record[key], step: { key, parent: step } });
    }
  }
  return null;
}

/** "table settings, row 2" for a path inside data.data[i].rows[j], as a person counts rows. */
function describeLocation(doc: unknown, path: string[]): string {
  const [a, b, tableIndex, rows, rowIndex] = path;
  if (a !== 'data' || b !== 'data' || tableIndex === undefined) return 'in the file header';
  const tables = (doc as { data?: { data?: unknown } }).data?.data;
  const entry = Array.isArray(tables) ? (tables[Number(tableIndex)] as unknown) : undefined;
  const tableName =
    typeof entry === 'object' && entry !== null && 'tableName' in entry
      ? entry.tableName
      : undefined;
  // Only a non-empty text name is worth showing; String() would throw on {"toString": 1}.
  const name =
    typeof tableName === 'string' && tableName !== ''
      ? tableName
      : `number ${Number(tableIndex) + 1}`;
  if (rows !== 'rows' || rowIndex === undefined) return `in table ${name}`;
  return `in table ${name}, row ${Number(rowIndex) + 1}`;
}

const notOurs = (why: string) => ({
  ok: false as const,
  error: `This is not a Tourbook backup (${why}).`,
});

/** Typeson's key path: dot-separated, with `~1` for a dot and `~0` for a tilde inside a key. */
function valueAt(row: unknown, keyPath: string): unknown {
  let at = row;
  for (const part of keyPath.split('.')) {
    at = ownValue(at, part.replace(/~1/g, '.').replace(/~0/g, '~'));
  }
  return at;
}

/**
 * exportDB (through typeson) annotates a row under `$types` with how to revive values JSON cannot
 * hold. It tags every array "arrayNonindexKeys", which revives a JSON array as itself; anything
 * else (undefined, Date, binary) Tourbook never stores, so such a row was written by something
 * else. In a backup from before version 3 a tag may also lead nowhere (`dangling`): typeson
 * copied a map's "__proto__" entry by assignment, losing it, but kept the tag of an array inside
 * it. Schemas then drop `$types` with the other keys they do not know.
 */
function typesAreHarmless(row: unknown, dangling = false): boolean {
  if (typeof row !== 'object' || row === null || !Object.hasOwn(row, '$types')) return true;
  const types = (row as { $types: unknown }).$types;
  if (typeof types !== 'object' || types === null || Array.isArray(types)) return false;
  return Object.entries(types).every(([keyPath, type]) => {
    const tagged = valueAt(row, keyPath);
    return (
      type === 'arrayNonindexKeys' && (Array.isArray(tagged) || (dangling && tagged === undefined))
    );
  });
}

/**
 * An older backup's rows in today's shape (see legacyMaps.ts), changed in the parsed document
 * itself so that every check after this one reads them as they will be stored. Their `$types`
 * tags are dropped once found harmless: they revive arrays as themselves, and their key paths
 * would point into maps that are now lists. A row with other tags is left as it was, for
 * validateRows to refuse.
 */
function convertOlderRows(doc: unknown): void {
  const tables = ownValue(ownValue(doc, 'data'), 'data');
  if (!Array.isArray(tables)) return;
  for (const entry of tables) {
    const name = ownValue(entry, 'tableName');
    const rows = ownValue(entry, 'rows');
    if (typeof name !== 'string' || !Array.isArray(rows)) continue;
    (entry as { rows: unknown[] }).rows = rows.map((row) => {
      if (!typesAreHarmless(row, true)) return row;
      const converted = withMapsAsPairs(name, row);
      if (typeof converted !== 'object' || converted === null || Array.isArray(converted)) {
        return converted;
      }
      const { $types: _types, ...rest } = converted as Record<string, unknown>;
      return rest;
    });
  }
}

/**
 * A backup from before version 5 holds each guide's question texts: they move to a questions
 * table the same way the database upgrade moves them (questionBank.ts), in the parsed document
 * itself, so the checks after this one read the guides and their bank as they will be stored.
 */
function convertGuideQuestions(doc: unknown): void {
  const inner = ownValue(doc, 'data');
  const tables = ownValue(inner, 'data');
  const declared = ownValue(inner, 'tables');
  if (!Array.isArray(tables) || !Array.isArray(declared)) return;
  const entry: unknown = tables.find((t) => ownValue(t, 'tableName') === 'guides');
  const rows = ownValue(entry, 'rows');
  if (!Array.isArray(rows)) return;
  if (tables.some((t) => ownValue(t, 'tableName') === 'questions')) return;
  const { guides, questions } = guidesWithBank(rows);
  (entry as { rows: unknown[] }).rows = guides;
  tables.push({ tableName: 'questions', inbound: true, rows: questions });
  declared.push({ name: 'questions', schema: 'id', rowCount: questions.length });
}

/**
 * zod's own checks can throw on hostile values, e.g. a length check comparing an object whose
 * `length` cannot become a number; such a row is refused like any other invalid row.
 */
function safeParseHostile<T extends z.ZodType>(
  schema: T,
  row: unknown,
): ReturnType<T['safeParse']> | null {
  try {
    return schema.safeParse(row) as ReturnType<T['safeParse']>;
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

function validateRows(
  name: BackupTableName,
  rows: unknown[],
  problems: string[],
): BackupData[BackupTableName] {
  const { schema, key, unique } = BACKUP_TABLES[name];
  const seen = new Map<string, Map<unknown, number>>(
    [key, ...unique].map((field) => [field, new Map()]),
  );
  const out: unknown[] = [];
  rows.forEach((row, index) => {
    const where = rowLabel(name, index, row, key);
    if (!typesAreHarmless(row)) {
      problems.push(`${where}: holds encoded values that Tourbook backups never contain.`);
      return;
    }
    const parsed = safeParseHostile(schema, row);
    if (!parsed) {
      problems.push(`${where}: holds values of a shape Tourbook never stores.`);
      return;
    }
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const field = issue?.path.length ? `, field ${fieldLabel(row, issue.path)}` : '';
      problems.push(`${where}${field}: ${issue?.message ?? 'is not valid.'}`);
      return;
    }
    const record = parsed.data as Record<string, unknown>;
    for (const [field, values] of seen) {
      const value = record[field];
      const first = values.get(value);
      if (first !== undefined) {
        // The row label already shows the primary key's value.
        const shown = field === key ? '' : ` (${String(value)})`;
        problems.push(
          `${where}: has the same ${field} as row ${first}${shown}; each must be unique.`,
        );
        return;
      }
      values.set(value, index + 1);
    }
    out.push(parsed.data);
  });
  // Each table's rows were checked against that table's schema just above.
  return out as BackupData[BackupTableName];
}

/**
 * Reads a backup file's text. Nothing is written anywhere: the caller decides what to do with a
 * valid result, and an invalid one comes back as a message a person can act on.
 */
export function parseBackup(text: string, options: { currentVersion: number }): ParseBackupResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON (it may be truncated).' };
  }

  const version = ownValue(ownValue(doc, 'data'), 'databaseVersion');
  if (typeof version === 'number' && version < PAIRS_SINCE_VERSION) convertOlderRows(doc);
  if (typeof version === 'number' && version < QUESTION_BANK_SINCE_VERSION) {
    convertGuideQuestions(doc);
  }

  const forbidden = findForbiddenKey(doc);
  if (forbidden) {
    return {
      ok: false,
      error: `This file contains a key named “${forbidden.key}” ${describeLocation(doc, forbidden.path)}. Tourbook refuses such files because they can be used to tamper with the app.`,
    };
  }
  const header = headerSchema.safeParse(doc);
  if (!header.success) return notOurs('it is not a database export');
  const { formatVersion, data: headerData } = header.data;
  if (formatVersion > DEXIE_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This backup uses a newer export format (version ${formatVersion}; this app reads version ${DEXIE_FORMAT_VERSION}). Update the app first.`,
    };
  }
  if (formatVersion !== DEXIE_FORMAT_VERSION) return notOurs('its export format is unknown');
  const { databaseVersion } = headerData;
  if (databaseVersion > options.currentVersion) {
    return {
      ok: false,
      error: `This backup was made by a newer version of Tourbook (schema ${databaseVersion}; this app reads up to ${options.currentVersion}). Update the app first.`,
    };
  }

  const envelope = envelopeSchema.safeParse(doc);
  if (!envelope.success) return notOurs('its list of tables is missing or malformed');
  const { tables, data: tableData } = envelope.data.data;

  const byName = new Map<BackupTableName, unknown[]>();
  for (const entry of tableData) {
    if (!isBackupTable(entry.tableName)) {
      return notOurs(`it has a table “${entry.tableName}” that Tourbook does not use`);
    }
    if (byName.has(entry.tableName)) return notOurs(`it lists table ${entry.tableName} twice`);
    if (!entry.inbound) return notOurs(`table ${entry.tableName} is not keyed the Tourbook way`);
    const declared = tables.find((t) => t.name === entry.tableName);
    if (!declared) return notOurs(`table ${entry.tableName} is missing from its list of tables`);
    if (declared.rowCount !== entry.rows.length) {
      return {
        ok: false,
        error: `This backup is damaged: table ${entry.tableName} should hold ${declared.rowCount} rows but holds ${entry.rows.length}.`,
      };
    }
    byName.set(entry.tableName, entry.rows);
  }
  const missing = BACKUP_TABLE_NAMES.find(
    (name) => !byName.has(name) && BACKUP_TABLES[name].since <= databaseVersion,
  );
  if (missing) return notOurs(`it has no ${missing} table`);

  const problems: string[] = [];
  const data = {} as Record<BackupTableName, unknown[]>;
  const counts = {} as BackupCounts;
  for (const name of BACKUP_TABLE_NAMES) {
    const rows = byName.get(name) ?? [];
    data[name] = validateRows(name, rows, problems);
    counts[name] = rows.length;
  }
  const [first] = problems;
  if (first !== undefined) {
    const more = problems.length - 1;
    return {
      ok: false,
      error:
        more > 0 ? `${first} (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : first,
    };
  }
  // Every table was filled by validateRows from its own schema.
  return { ok: true, data: data as BackupData, meta: { databaseVersion, counts } };
}

/** `tourbook-northwind-tour-2026-03-31.json`: safe on every file system, sorted by date. */
export function backupFileName(workspaceName: string, now: string): string {
  const slug = workspaceName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `tourbook-${slug || 'workspace'}-${now.slice(0, 10)}.json`;
}
