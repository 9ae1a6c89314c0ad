import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLE_NAMES, parseBackup, type BackupData } from '../../src/domain/backupFormat';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import { accountSchema } from '../../src/domain/schemas/account';
import { dealSchema, FAILURE_CATEGORIES } from '../../src/domain/schemas/deal';
import {
  detectAccountMapping,
  detectDealMapping,
  type AccountTarget,
  type DealTarget,
} from '../../src/import/csv/columnMapping';
import type { ParsedCsv } from '../../src/import/csv/parseCsv';
import {
  ACCOUNT_FIELDS,
  DEAL_FIELDS,
  detectPreset,
  headerKey,
  PRESET_IDS,
  PRESETS,
} from '../../src/import/csv/presets';
import { formatRowError, type RowError } from '../../src/import/csv/rowErrors';
import { validateAccountRows, validateDealRows } from '../../src/import/csv/validateRows';

const NOW = '2026-03-31T12:00:00.000Z';
const CURRENT_VERSION = 2;

/** Every refusal parseBackup is meant to give starts with one of these. */
const BACKUP_REFUSAL =
  /^(This file is not valid JSON|This file contains a key named “(__proto__|constructor|prototype)” (in the file header|in table .+)\. Tourbook refuses|This is not a Tourbook backup \(|This backup uses a newer export format|This backup was made by a newer version of Tourbook|This backup is damaged: |Table [a-zA-Z]+, row \d+( \(.+\))?(, field .+)?: )/;

function expectBackupResult(text: string) {
  const result = parseBackup(text, { currentVersion: CURRENT_VERSION });
  if (result.ok) {
    expect(Object.keys(result.data)).toEqual(BACKUP_TABLE_NAMES);
    for (const name of BACKUP_TABLE_NAMES) {
      expect(result.meta.counts[name]).toBe(result.data[name].length);
    }
  } else {
    expect(result.error).toMatch(BACKUP_REFUSAL);
  }
  return result;
}

/** An object with exactly these own keys, "__proto__" included, as JSON.parse would build it. */
function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

/** Keys that trip up code which copies objects, stringifies them or trusts their shape. */
const trickyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'toJSON',
  'hasOwnProperty',
  '$types',
  'id',
  'key',
  'number',
  'rows',
  'tableName',
  'length',
  '',
);
const { hostile } = fc.letrec((tie) => ({
  hostile: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('hostile'), { maxLength: 3 }),
    fc
      .array(fc.tuple(fc.oneof(trickyKey, fc.string()), tie('hostile')), { maxLength: 4 })
      .map(objectOf),
  ),
}));

const demo = generateDemoWorkspace({ seed: 7, now: NOW });
const validData: BackupData = {
  ...demo,
  imports: [],
  settings: [],
  experiments: [],
  comments: [],
};

/** The layout dexie-export-import's exportDB writes. */
function fileOf(tables: Record<string, unknown[]>, databaseVersion = CURRENT_VERSION) {
  const names = Object.keys(tables);
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'tourbook-ws-fuzz',
      databaseVersion,
      tables: names.map((name) => ({ name, schema: 'id', rowCount: tables[name]?.length ?? 0 })),
      data: names.map((name) => ({ tableName: name, inbound: true, rows: tables[name] ?? [] })),
    },
  };
}

describe('parseBackup fuzz', () => {
  it('answers any text with a result or a refusal, never an exception', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.json(),
      hostile.map((value) => JSON.stringify(value) ?? ''),
    );
    fc.assert(
      fc.property(text, (body) => {
        expect(() => expectBackupResult(body)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('copes with a backup-shaped file whose parts are anything at all', () => {
    const tableName = fc.oneof(fc.constantFrom(...BACKUP_TABLE_NAMES), hostile);
    const entry = fc.record({
      tableName,
      inbound: fc.oneof(fc.constant(true), hostile),
      rows: fc.oneof(fc.array(hostile, { maxLength: 3 }), hostile),
    });
    const declared = fc.record({
      name: tableName,
      schema: fc.oneof(fc.constant('id'), hostile),
      rowCount: fc.oneof(fc.nat(3), hostile),
    });
    const doc = fc.record({
      formatName: fc.oneof(fc.constant('dexie'), hostile),
      formatVersion: fc.oneof(fc.constant(1), hostile),
      data: fc.record({
        databaseName: fc.oneof(fc.constant('tourbook-ws-x'), hostile),
        databaseVersion: fc.oneof(fc.constantFrom(1, 2, 3), hostile),
        tables: fc.oneof(fc.array(declared, { maxLength: 4 }), hostile),
        data: fc.oneof(fc.array(entry, { maxLength: 4 }), hostile),
      }),
    });
    fc.assert(
      fc.property(doc, (file) => {
        expect(() => expectBackupResult(JSON.stringify(file))).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('names the table by position when a hostile key sits under a table name that is not text', () => {
    const refusal = (where: string) =>
      `This file contains a key named “__proto__” ${where}. Tourbook refuses such files because they can be used to tamper with the app.`;
    const fileWithName = (tableName: string) =>
      `{"formatName":"dexie","formatVersion":1,"data":{"databaseVersion":1,"data":[{"tableName":${tableName},"inbound":true,"rows":[{"__proto__":1}]}]}}`;
    // String({toString: 1}) throws a TypeError; an empty name would read "in table , row 1".
    for (const name of ['{"toString":1}', '""', '[]', '7']) {
      expect(expectBackupResult(fileWithName(name))).toEqual({
        ok: false,
        error: refusal('in table number 1, row 1'),
      });
    }
    expect(expectBackupResult(fileWithName('"accounts"'))).toEqual({
      ok: false,
      error: refusal('in table accounts, row 1'),
    });
  });

  it('names the row whose value makes a schema check throw (found by this fuzz test)', () => {
    const [guide] = validData.guides;
    const tables = Object.fromEntries(
      BACKUP_TABLE_NAMES.map((table) => [
        table,
        table === 'guides' ? [{ ...guide, id: { length: { toString: {} } } }] : [],
      ]),
    );
    const result = expectBackupResult(JSON.stringify(fileOf(tables)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Table guides, row 1[ ,:]/);
  });

  it('reads a real backup with any one field of any row replaced, or names the bad row', () => {
    const withTables = BACKUP_TABLE_NAMES.filter((name) => validData[name].length > 0);
    const change = fc
      .constantFrom(...withTables)
      .chain((name) =>
        fc.tuple(
          fc.constant(name),
          fc.nat(validData[name].length - 1),
          fc.oneof(
            fc.constantFrom(...Object.keys(validData[name][0] ?? {})),
            trickyKey,
            fc.string(),
          ),
          hostile,
        ),
      );
    fc.assert(
      fc.property(change, ([name, index, field, replacement]) => {
        const rows: unknown[] = [...validData[name]];
        const row = Object.entries(rows[index] as object).filter(([key]) => key !== field);
        rows[index] = objectOf([...row, [field, replacement]]);
        // The other tables stay empty, which keeps each run small.
        const tables = Object.fromEntries(
          BACKUP_TABLE_NAMES.map((table) => [table, table === name ? rows : []]),
        );
        const result = expectBackupResult(JSON.stringify(fileOf(tables)));
        if (!result.ok && !result.error.startsWith('This file contains a key named')) {
          expect(result.error).toMatch(new RegExp(`^Table ${name}, row \\d+[ ,:]`));
        }
      }),
      { numRuns: 200 },
    );
  });
});

// --- CSV validation ------------------------------------------------------------------------

/** Cell texts that reach every branch of the normalisers, plus anything at all. */
const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    '  ',
    'Acme',
    '$1,200,000',
    '1.2M',
    '(1,000)',
    `1${'0'.repeat(320)}B`,
    '85%',
    '51-200',
    '200-51',
    '10,001+',
    '03/05/2024',
    '25/12/2024',
    '12/25/2024',
    '2024-02-30',
    '05.03.2024',
    'https://www.Acme.com/x',
    'acme',
    'Power users',
    'VIP',
    'HubSpot; Slack | slack',
    '11',
    '-3',
    '12.5',
    'Closed Won',
    'closed lost',
    'Missing SSO integration',
    'x'.repeat(400),
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil","x")',
  ),
);

const headerName = fc.oneof(
  fc.constantFrom(
    'Name',
    'Company name',
    'Domain',
    'Website',
    'ARR',
    'LTV',
    'Employees',
    'Number of Employees',
    'NPS',
    'Customer since',
    'Churned at',
    'Cohort',
    'Tech stack',
    'Integrations',
    'Sales cycle days',
    'Record ID',
    'Account Name',
    'Opportunity Name',
    'Stage',
    'Amount',
    'Created Date',
    'Close Date',
    'Closed Lost Reason',
    '__proto__',
    'constructor',
    'toString',
    'x'.repeat(250),
  ),
  fc.string({ maxLength: 12 }),
);

const csvOf = fc
  .record({
    headers: fc.uniqueArray(headerName, { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 8 }),
    problems: fc.array(fc.record({ row: fc.nat(10), reason: fc.string({ minLength: 1 }) }), {
      maxLength: 2,
    }),
  })
  .map(({ headers, rows, problems }): ParsedCsv => ({
    headers,
    // Cells may be fewer or more than the headers: validation must not assume padding.
    records: rows.map((cells, i) => ({ row: i + 1, cells })),
    rowProblems: problems.map((p) => ({ ...p, cells: [] })),
    delimiter: ',',
    hadBom: false,
    skippedPreamble: [],
    skippedFooter: [],
    warnings: [],
  }));

const ACCOUNT_TARGETS: AccountTarget[] = [...ACCOUNT_FIELDS, 'custom', 'ignore'];
const DEAL_TARGETS: DealTarget[] = [...DEAL_FIELDS, 'custom', 'ignore'];

/** A guessed mapping, or one a user (or a stale saved mapping) made up. */
const mappingFor = <T extends string>(csv: ParsedCsv, targets: readonly T[], guess: T[]) =>
  fc.oneof(
    fc.constant(guess.map((target, i) => ({ column: csv.headers[i] ?? '', target }))),
    fc.array(
      fc.record({
        column: fc.oneof(fc.constantFrom(...csv.headers), fc.string({ maxLength: 5 })),
        target: fc.constantFrom(...targets),
      }),
      { maxLength: 10 },
    ),
  );

const dateOrders = (csv: ParsedCsv) =>
  fc
    .array(fc.tuple(fc.constantFrom(...csv.headers, '__proto__'), fc.constantFrom('MDY', 'DMY')), {
      maxLength: 3,
    })
    .map((entries) => objectOf(entries) as Record<string, 'MDY' | 'DMY'>);

/** Each record either became a draft or has at least one error, never both and never neither. */
function expectEveryRowAccountedFor(
  csv: ParsedCsv,
  drafts: readonly { row: number }[],
  errors: readonly RowError[],
) {
  const draftRows = new Set(drafts.map((d) => d.row));
  const errorRows = new Set(errors.map((e) => e.row));
  for (const record of csv.records) {
    expect(draftRows.has(record.row) !== errorRows.has(record.row)).toBe(true);
  }
  for (const error of errors) {
    expect(error.reason.length).toBeGreaterThan(0);
    expect(formatRowError(error)).toMatch(new RegExp(`^Row ${error.row}[:\\s]`));
  }
}

const stored = { id: 'x', createdAt: NOW, updatedAt: NOW, importId: null };

describe('validateAccountRows fuzz', () => {
  it('turns any file and mapping into drafts and row errors, never an exception', () => {
    const input = csvOf.chain((csv) =>
      fc.tuple(
        fc.constant(csv),
        mappingFor(
          csv,
          ACCOUNT_TARGETS,
          detectAccountMapping(csv.headers, detectPreset(csv.headers)).map((m) => m.target),
        ),
        dateOrders(csv),
      ),
    );
    fc.assert(
      fc.property(input, ([csv, mapping, orders]) => {
        const result = validateAccountRows(csv, mapping, { dateOrders: orders });
        if (result.mappingIssues.length > 0) {
          expect(result.drafts).toEqual([]);
          expect(result.errors).toEqual([]);
          return;
        }
        for (const draft of result.drafts) {
          expect(accountSchema.safeParse({ ...draft.account, ...stored }).success).toBe(true);
        }
        expectEveryRowAccountedFor(csv, result.drafts, result.errors);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateDealRows fuzz', () => {
  it('turns any file, mapping and rules into drafts and row errors, never an exception', () => {
    const rules = fc.record({
      stageRules: fc.record({
        won: fc.array(fc.oneof(fc.string(), fc.constant('Closed Won')), { maxLength: 3 }),
        lost: fc.array(fc.oneof(fc.string(), fc.constant('Closed Lost')), { maxLength: 3 }),
      }),
      lossRules: fc.array(
        fc.record({
          keyword: fc.oneof(fc.string(), fc.constantFrom('SSO', 'price', '(', '\\', 'a|b', '')),
          category: fc.constantFrom(...FAILURE_CATEGORIES),
        }),
        { maxLength: 4 },
      ),
    });
    const input = csvOf.chain((csv) =>
      fc.tuple(
        fc.constant(csv),
        mappingFor(
          csv,
          DEAL_TARGETS,
          detectDealMapping(csv.headers).map((m) => m.target),
        ),
        dateOrders(csv),
        fc.option(rules, { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(input, ([csv, mapping, orders, options]) => {
        const result = validateDealRows(csv, mapping, { ...options, dateOrders: orders });
        if (result.mappingIssues.length > 0) {
          expect(result.drafts).toEqual([]);
          expect(result.errors).toEqual([]);
          return;
        }
        for (const draft of result.drafts) {
          const deal = { ...draft.deal, ...stored, accountId: 'a' };
          expect(dealSchema.safeParse(deal).success).toBe(true);
          expect(draft.account.name !== null || draft.account.domain !== null).toBe(true);
        }
        const lostRows = new Set(
          result.drafts.filter((d) => d.deal.stage === 'lost').map((d) => d.row),
        );
        for (const reason of result.unclassifiedReasons) {
          expect(reason.rows.every((row) => lostRows.has(row))).toBe(true);
          expect(reason.count).toBe(reason.rows.length);
        }
        expectEveryRowAccountedFor(csv, result.drafts, result.errors);
      }),
      { numRuns: 500 },
    );
  });
});

// --- Preset and column detection -----------------------------------------------------------

const anyHeaders = fc.array(fc.oneof(headerName, fc.string({ unit: 'binary', maxLength: 10 })), {
  maxLength: 12,
});

describe('detectPreset fuzz', () => {
  it('names a known preset for any header row', () => {
    fc.assert(
      fc.property(anyHeaders, (headers) => {
        expect(PRESET_IDS).toContain(detectPreset(headers));
      }),
      { numRuns: 1000 },
    );
  });

  it('recognises each export by its signature, however the headers are cased or spaced', () => {
    const allKeys = new Set(PRESET_IDS.flatMap((id) => PRESETS[id].signature));
    const noise = fc.string({ maxLength: 10 }).filter((h) => !allKeys.has(headerKey(h)));
    const respell = (key: string, style: number) =>
      [
        key.toUpperCase(),
        ` ${key} `,
        key.replace(/(.)(.)/, '$1_$2'),
        key.replace(/(.)(.)/, '$1 / $2'),
        key,
      ][style % 5] ?? key;
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_IDS),
        fc.array(noise, { maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        (id, extra, style, shift) => {
          const signature = PRESETS[id].signature.map((key, i) => respell(key, style + i));
          const headers = [...extra, ...signature];
          const rotated = [
            ...headers.slice(shift % headers.length),
            ...headers.slice(0, shift % headers.length),
          ];
          expect(detectPreset(rotated)).toBe(id);
        },
      ),
    );
  });
});

describe('column mapping fuzz', () => {
  const saved = fc.option(
    fc.array(
      fc.record({
        column: fc.oneof(headerName, fc.string({ maxLength: 5 })),
        target: fc.oneof(fc.constantFrom<string>(...ACCOUNT_TARGETS, ...DEAL_TARGETS), fc.string()),
      }),
      { maxLength: 6 },
    ),
    { nil: null },
  );

  function expectMapping(
    headers: readonly string[],
    mapping: readonly { column: string; target: string }[],
    targets: readonly string[],
    remembered: readonly { column: string; target: string }[] | null,
  ) {
    expect(mapping.map((m) => m.column)).toEqual(headers);
    const valid = new Set(targets);
    const chosen = new Map<string, string>();
    for (const { column, target } of remembered ?? []) {
      if (valid.has(target)) chosen.set(column, target);
    }
    const guessed = new Set<string>();
    const rememberedTargets = new Set(headers.flatMap((h) => chosen.get(h) ?? []));
    for (const { column, target } of mapping) {
      expect(valid.has(target)).toBe(true);
      const kept = chosen.get(column);
      if (kept !== undefined) {
        // What the user chose last time wins.
        expect(target).toBe(kept);
      } else if (target !== 'custom' && target !== 'ignore') {
        // A guess never takes a field already taken, by a choice or an earlier guess.
        expect(guessed.has(target) || rememberedTargets.has(target)).toBe(false);
        guessed.add(target);
      }
    }
  }

  it('maps every account column exactly once, honouring valid saved choices', () => {
    fc.assert(
      fc.property(
        anyHeaders,
        fc.constantFrom(...PRESET_IDS),
        saved,
        (headers, preset, remembered) => {
          const mapping = detectAccountMapping(headers, preset, remembered);
          expectMapping(headers, mapping, ACCOUNT_TARGETS, remembered);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('maps every deal column exactly once, honouring valid saved choices', () => {
    fc.assert(
      fc.property(anyHeaders, saved, (headers, remembered) => {
        const mapping = detectDealMapping(headers, remembered);
        expectMapping(headers, mapping, DEAL_TARGETS, remembered);
      }),
      { numRuns: 1000 },
    );
  });
});
