import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  WorkspaceDb,
  WORKSPACE_TABLES,
} from '../../src/db/schema';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import type { z } from 'zod';
import { loadLossRules, loadMapping } from '../../src/db/importSettingsRepo';
import { getSetting } from '../../src/db/settingsRepo';
import { settingScope } from '../../src/db/tables';
import {
  accountsTableLayoutFrom,
  type AccountsTableLayout,
} from '../../src/domain/accountsTableLayout';
import { cohortThresholdsFromSetting } from '../../src/domain/cohortRules';
import {
  ICP_GRID_SETTINGS_KEY,
  icpGridSettingsFromSetting,
} from '../../src/domain/icp/icpGridSettings';
import {
  REQUIRED_APPROVALS_KEY,
  requiredApprovalsFromSetting,
} from '../../src/domain/icp/signOffGuards';
import {
  catalogueFromSetting,
  REASON_CATALOGUE_KEY,
} from '../../src/domain/reasons/reasonCatalogue';
import { accountSchema } from '../../src/domain/schemas/account';
import { codeSchema } from '../../src/domain/schemas/code';
import { contactSchema } from '../../src/domain/schemas/contact';
import { dealSchema } from '../../src/domain/schemas/deal';
import { findingSchema } from '../../src/domain/schemas/finding';
import { guideSchema } from '../../src/domain/schemas/guide';
import { highlightSchema } from '../../src/domain/schemas/highlight';
import { icpVersionSchema } from '../../src/domain/schemas/icpVersion';
import { importRecordSchema } from '../../src/domain/schemas/importRecord';
import { interviewSchema } from '../../src/domain/schemas/interview';
import { settingSchema } from '../../src/domain/schemas/setting';
import { experimentSchema } from '../../src/domain/schemas/experiment';
import { traitSchema } from '../../src/domain/schemas/trait';
import { PAIRS_SINCE_VERSION, withMapsAsPairs } from '../../src/domain/legacyMaps';
import { guidesWithBank, QUESTION_BANK_SINCE_VERSION } from '../../src/domain/questionBank';
import { questionSchema } from '../../src/domain/schemas/question';
import type { WorkspaceData } from '../../src/domain/workspaceData';
import frozenV1 from '../fixtures/db/workspace-v1.json';

/**
 * The upgrade harness: for each earlier schema version, a database is written exactly as that
 * version of the app wrote it (its own store layout, its own record shape), then opened with
 * the current code, and every record must still be there. A new Dexie version adds an entry
 * here with its previous layout and a fixture in that layout.
 */
const PREVIOUS_VERSIONS: {
  version: number;
  stores: Record<string, string>;
  /** Stores that later versions added: they must exist, empty, after the upgrade. */
  added: string[];
}[] = [
  {
    version: 1,
    stores: SCHEMA_V1,
    added: ['experiments', 'deviceSettings', 'changes', 'searchSegments'],
  },
  { version: 2, stores: SCHEMA_V2, added: ['deviceSettings', 'changes', 'searchSegments'] },
  { version: 3, stores: SCHEMA_V3, added: ['deviceSettings', 'changes', 'searchSegments'] },
  { version: 4, stores: SCHEMA_V4, added: ['searchSegments'] },
];

/**
 * The demo as a version before 5 stored it: no bank, each guide holding its question texts.
 * Its upgrade must give back the demo's own bank: the same texts, one question each.
 */
function beforeQuestionBank(data: WorkspaceData): Record<string, unknown[]> {
  const text = new Map(data.questions.map((q) => [q.id, q.text]));
  const { questions: _bank, ...tables } = data;
  const guides = data.guides.map(({ questionIds, ...guide }) => ({
    ...guide,
    questions: questionIds.map((id) => text.get(id)),
  }));
  return { ...tables, guides };
}

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

describe('schema upgrades', () => {
  it.each(PREVIOUS_VERSIONS)(
    'opens a database written by schema version $version and loses nothing',
    async ({ version, stores, added }) => {
      const name = `tourbook-ws-upgrade-${version}-${crypto.randomUUID()}`;
      names.push(name);
      const fixture = beforeQuestionBank(
        generateDemoWorkspace({ seed: 7, now: '2026-03-31T12:00:00.000Z' }),
      );
      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture)) {
          await old.table(table).bulkAdd(rows as unknown[]);
        }
      });
      old.close();

      const current = new WorkspaceDb(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      // The upgrade reads guides in key order, which decides the question ids.
      const bank = guidesWithBank(
        [...((fixture.guides ?? []) as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
      );
      const expected = { ...fixture, guides: bank.guides, questions: bank.questions };
      for (const [table, rows] of Object.entries(expected)) {
        const stored = await current.table(table).toArray();
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(stored.sort(byId), table).toEqual([...(rows as { id: string }[])].sort(byId));
      }
      // Every question text every guide asked is still asked by that guide, in its order, and
      // the texts the four cohorts share are one question each.
      const texts = new Map(bank.questions.map((q) => [q.id, q.text]));
      const guides = await current.guides.toArray();
      for (const guide of guides) {
        const before = fixture.guides?.find((g) => (g as { id: string }).id === guide.id);
        expect(guide.questionIds.map((id) => texts.get(id))).toEqual(
          (before as { questions: string[] }).questions,
        );
      }
      expect(new Set(bank.questions.map((q) => q.text)).size).toBe(bank.questions.length);
      const shared = bank.questions.filter((q) =>
        guides.every((g) => g.questionIds.includes(q.id)),
      );
      expect(shared.length).toBeGreaterThanOrEqual(7);
      expect([...WORKSPACE_TABLES, 'deviceSettings', 'changes']).toEqual(
        expect.arrayContaining(Object.keys(stores)),
      );
      for (const table of added) {
        expect(await current.table(table).count(), table).toBe(0);
      }
      // The upgraded database takes new rows in the added stores, by their indexes.
      await current.experiments.add({
        id: 'e1',
        createdAt: '2026-03-31T12:00:00.000Z',
        updatedAt: '2026-03-31T12:00:00.000Z',
        icpVersionId: null,
        hypothesis: 'h',
        targetSegment: 't',
        successCriteria: 'c',
        startDate: null,
        endDate: null,
        status: 'planned',
        result: null,
        outcome: null,
      });
      expect(await current.experiments.where('status').equals('planned').primaryKeys()).toEqual([
        'e1',
      ]);
      current.close();
    },
  );
});

interface FrozenDb {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * Records as version 1 stored them, frozen in a file: the test above writes today's demo in
 * the old layout, which cannot notice when today's record shapes drift from what a version 1
 * database really holds. Every record must survive the upgrade and still parse.
 */
const FROZEN_V1 = frozenV1 as unknown as FrozenDb;

const ENTITY_SCHEMAS: Record<keyof typeof SCHEMA_V2 | 'questions', z.ZodType> = {
  accounts: accountSchema,
  deals: dealSchema,
  contacts: contactSchema,
  guides: guideSchema,
  interviews: interviewSchema,
  codes: codeSchema,
  highlights: highlightSchema,
  traits: traitSchema,
  findings: findingSchema,
  icpVersions: icpVersionSchema,
  imports: importRecordSchema,
  settings: settingSchema,
  experiments: experimentSchema,
  questions: questionSchema,
};

const keyOf = (row: Record<string, unknown>) => String(row.id ?? row.key);
const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  keyOf(a).localeCompare(keyOf(b));

/** The frozen records written in their own version's layout, then opened with today's code. */
async function upgraded(frozen: FrozenDb): Promise<WorkspaceDb> {
  const name = `tourbook-ws-frozen-v${frozen.version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(frozen.version).stores(frozen.stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(frozen.tables)) {
      await old.table(table).bulkAdd(rows);
    }
  });
  old.close();
  const current = new WorkspaceDb(name);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  return current;
}

/**
 * A table's records after the upgrade. Settings were one store until version 4, which moved the
 * device-local keys (tables.ts) to deviceSettings: both stores together hold what it held.
 */
async function storedRows(current: WorkspaceDb, table: string): Promise<Record<string, unknown>[]> {
  const rows = (await current.table(table).toArray()) as Record<string, unknown>[];
  if (table !== 'settings') return rows;
  const device = await current.deviceSettings.toArray();
  expect(rows.every((row) => settingScope(String(row.key)) === 'workspace')).toBe(true);
  expect(device.every((row) => settingScope(row.key) === 'device')).toBe(true);
  return [...rows, ...device];
}

/**
 * A frozen database's tables as version 5 stores them: its guides' question texts moved to
 * the bank, one question per distinct text (the upgrade's own mapping, checked on its own in
 * test/unit/questionBank.test.ts).
 */
function withBank(frozen: FrozenDb): Record<string, Record<string, unknown>[]> {
  // Version 6 drops the one-record search snapshot: a cache of the records, rebuilt from them.
  const settings = (frozen.tables.settings ?? []).filter((row) => row.key !== 'search.snapshot');
  const tables = { ...frozen.tables, settings };
  if (frozen.version >= QUESTION_BANK_SINCE_VERSION) return tables;
  const byId = [...(frozen.tables.guides ?? [])].sort(byKey);
  const { guides, questions } = guidesWithBank(byId);
  return {
    ...tables,
    guides: guides as Record<string, unknown>[],
    questions: questions as unknown as Record<string, unknown>[],
  };
}

/**
 * Every record is still there, in today's shape (maps as pairs, from version 3 on), and parses
 * to itself: nothing stored is unknown to today's schema or refused by it.
 */
async function expectEveryRecord(current: WorkspaceDb, frozen: FrozenDb): Promise<void> {
  for (const [table, rows] of Object.entries(withBank(frozen))) {
    const stored = await storedRows(current, table);
    const expected = rows.map((row) =>
      frozen.version < PAIRS_SINCE_VERSION ? withMapsAsPairs(table, row) : row,
    );
    expect(stored.sort(byKey), table).toEqual((expected as Record<string, unknown>[]).sort(byKey));
    const schema = ENTITY_SCHEMAS[table as keyof typeof ENTITY_SCHEMAS];
    for (const row of stored) {
      const parsed = schema.safeParse(row);
      const where = `${table} ${keyOf(row)}`;
      expect(parsed.error?.issues ?? [], where).toEqual([]);
      expect(parsed.data, where).toEqual(row);
    }
  }
}

describe('version 5 to 6', () => {
  it('keeps every record and device setting, and leaves the search index to rebuild', async () => {
    const name = `tourbook-ws-upgrade-5-${crypto.randomUUID()}`;
    names.push(name);
    const fixture = generateDemoWorkspace({ seed: 7, now: '2026-03-31T12:00:00.000Z' });
    const device = [
      {
        key: 'accounts.tableLayout',
        value: { sorting: [] },
        updatedAt: '2026-03-31T12:00:00.000Z',
      },
      { key: 'search.snapshot', value: { version: 1 }, updatedAt: '2026-03-31T12:00:00.000Z' },
    ];
    const old = new Dexie(name);
    old.version(5).stores(SCHEMA_V5);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture)) {
        await old.table(table).bulkAdd(rows as unknown[]);
      }
      await old.table('deviceSettings').bulkAdd(device);
      await old.table('changes').add({ table: 'accounts', keys: ['x'], op: 'put', at: 'now' });
    });
    old.close();

    const current = new WorkspaceDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    for (const [table, rows] of Object.entries(fixture)) {
      const stored = (await current.table(table).toArray()) as { id: string }[];
      expect(stored.sort(byId), table).toEqual([...(rows as { id: string }[])].sort(byId));
    }
    expect(await current.deviceSettings.toArray()).toEqual([device[0]]);
    expect(await current.changes.count()).toBe(1);
    expect(await current.searchSegments.count()).toBe(0);
    current.close();
  });
});

describe('the frozen version 1 fixture', () => {
  it('covers every version 1 store, in the layout version 1 declared', () => {
    expect(FROZEN_V1.version).toBe(1);
    // SCHEMA_V1 must never change: databases out there were created from it.
    expect(FROZEN_V1.stores).toEqual(SCHEMA_V1);
    expect(Object.keys(FROZEN_V1.tables).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
    for (const [table, rows] of Object.entries(FROZEN_V1.tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
    }
  });

  it('opens with the current code; every record survives and parses', async () => {
    const current = await upgraded(FROZEN_V1);
    await expectEveryRecord(current, FROZEN_V1);
    expect((await current.accounts.get('acc-northwind'))?.customFields).toEqual([
      { key: 'Segment', value: 'Mid-market' },
      { key: 'Owner', value: 'Priya' },
    ]);

    // Settings are read through the code that uses them, which falls back to defaults on a
    // value it cannot parse: a silent fallback would lose the user's choices.
    const settings = Object.fromEntries(
      (FROZEN_V1.tables.settings ?? []).map((s) => [s.key as string, s.value]),
    );
    expect(cohortThresholdsFromSetting(await getSetting(current, 'cohortThresholds'))).toEqual(
      settings.cohortThresholds,
    );
    const layout = settings['accounts.tableLayout'] as AccountsTableLayout;
    expect(accountsTableLayoutFrom(await getSetting(current, 'accounts.tableLayout'))).toEqual({
      ...layout,
      filters: { ...layout.filters, icpMin: '', hideExcluded: false, interviewed: '' },
    });
    expect(await loadMapping(current, 'hubspot-companies')).toEqual(
      settings['import.mapping.hubspot-companies'],
    );
    expect(await loadLossRules(current)).toEqual(settings['import.lossRules']);

    // The indexes version 1 declared still answer, and the stores added since are empty.
    expect(await current.accounts.where('cohort').equals('power_user').primaryKeys()).toEqual([
      'acc-northwind',
    ]);
    expect(
      await current.highlights.where('codeIds').equals('code-pain-spreadsheets').primaryKeys(),
    ).toEqual(['hl-1', 'hl-2']);
    expect((await current.icpVersions.get({ number: 2 }))?.basedOnId).toBe('icp-1');
    expect(await current.imports.orderBy('createdAt').primaryKeys()).toEqual(['imp-1', 'imp-2']);
    expect(await current.experiments.count()).toBe(0);
    current.close();
  });
});

/**
 * Records as version 2 stored them, with the keys that made backups fail in every map keyed by
 * user text or by ids. Read with JSON.parse, as a database hands them back: an object literal
 * or a JSON module import would turn "__proto__" into a prototype before the test began.
 */
const FROZEN_V2 = JSON.parse(
  readFileSync(new URL('../fixtures/db/workspace-v2.json', import.meta.url), 'utf8'),
) as FrozenDb;

describe('the frozen version 2 fixture', () => {
  it('covers every version 2 store, in the layout version 2 declared', () => {
    expect(FROZEN_V2.version).toBe(2);
    expect(FROZEN_V2.stores).toEqual(SCHEMA_V2);
    expect(Object.keys(FROZEN_V2.tables).sort()).toEqual(Object.keys(SCHEMA_V2).sort());
  });

  it('opens with the current code: every map becomes pairs, hostile keys and order kept', async () => {
    const current = await upgraded(FROZEN_V2);
    await expectEveryRecord(current, FROZEN_V2);

    expect((await current.accounts.get('acc-northwind'))?.customFields).toEqual([
      { key: 'Segment', value: 'Mid-market' },
      { key: 'constructor', value: 'Ops-led' },
      { key: '__proto__', value: 'Polluter Inc.' },
      { key: 'toString', value: 'n/a' },
      { key: 'prototype', value: 'p' },
      { key: 'hasOwnProperty', value: 'yes' },
      { key: 'Owner', value: 'Priya' },
    ]);
    expect((await current.accounts.get('acc-brightpath'))?.customFields).toEqual([
      { key: '__proto__', value: 'only key' },
    ]);
    expect((await current.accounts.get('acc-quill'))?.customFields).toEqual([]);
    expect((await current.deals.get('deal-northwind-1'))?.customFields).toEqual([
      { key: 'constructor', value: 'Kramerica Reseller' },
      { key: '__proto__', value: 'Sitwell' },
    ]);
    // A deal stored before custom fields existed still has none, rather than an empty list.
    expect(await current.deals.get('deal-quill-1')).not.toHaveProperty('customFields');
    expect((await current.interviews.get('int-northwind'))?.speakerMap).toEqual([
      { key: 'constructor', value: 'interviewer' },
      { key: '__proto__', value: 'con-ana' },
      { key: 'toString', value: 'con-ana' },
    ]);
    expect((await current.interviews.get('int-brightpath'))?.speakerMap).toEqual([]);
    expect((await current.icpVersions.get('icp-1'))?.snapshot).toEqual({
      separation: 0.42,
      scores: [
        { key: 'acc-northwind', value: 8 },
        { key: 'constructor', value: -5 },
        { key: '__proto__', value: 3 },
      ],
      evidence: [
        { key: 'trait-ops-led', value: { accounts: 1, quotes: 1 } },
        { key: 'hasOwnProperty', value: { accounts: 0, quotes: 0 } },
      ],
      accounts: [
        { key: 'acc-northwind', value: { cohort: 'power_user', matched: [0] } },
        { key: 'constructor', value: { cohort: 'churner', matched: [] } },
        { key: '__proto__', value: { cohort: 'unassigned', matched: [0] } },
      ],
    });
    expect((await current.icpVersions.get('icp-2'))?.snapshot).toBeNull();
    // Import before-images are put back by Undo, so they take today's shape too.
    const [first, second] = await current.imports.orderBy('createdAt').toArray();
    expect(first?.previousAccounts).toEqual([
      {
        id: 'acc-old',
        name: 'Old Northwind',
        domain: 'northwind.example',
        customFields: [
          { key: '__proto__', value: 'before' },
          { key: 'prototype', value: 'x' },
        ],
      },
    ]);
    expect(second?.previousDeals).toEqual([
      {
        id: 'deal-old',
        accountId: 'acc-quill',
        stage: 'open',
        customFields: [{ key: 'constructor', value: 'was' }],
      },
    ]);
    expect(await current.experiments.get('exp-1')).toMatchObject({ status: 'running' });
    expect(Object.prototype).not.toHaveProperty('polluted');
    current.close();
  });
});

/**
 * Records as version 3 stored them: the version 2 fixture's records as its upgrade left them
 * (maps as pairs, hostile keys kept) and every settings key the app wrote by then, the
 * device-local ones still in `settings`.
 */
const FROZEN_V3 = JSON.parse(
  readFileSync(new URL('../fixtures/db/workspace-v3.json', import.meta.url), 'utf8'),
) as FrozenDb;

describe('the frozen version 3 fixture', () => {
  it('covers every version 3 store, in the layout version 3 declared', () => {
    expect(FROZEN_V3.version).toBe(3);
    expect(FROZEN_V3.stores).toEqual(SCHEMA_V3);
    expect(Object.keys(FROZEN_V3.tables).sort()).toEqual(Object.keys(SCHEMA_V3).sort());
    for (const [table, rows] of Object.entries(FROZEN_V3.tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
    }
  });

  it('opens with the current code: every record kept as it was, device settings apart', async () => {
    const current = await upgraded(FROZEN_V3);
    // Deep equality of every table, settings counted across the two stores they now fill.
    for (const [table, rows] of Object.entries(withBank(FROZEN_V3))) {
      const stored = await storedRows(current, table);
      expect(stored.sort(byKey), table).toEqual([...rows].sort(byKey));
    }
    await expectEveryRecord(current, FROZEN_V3);
    expect((await current.deviceSettings.toArray()).map((s) => s.key)).toEqual([
      'accounts.tableLayout',
    ]);

    // Each setting reads back through the code that uses it, from whichever store holds it.
    const settings = new Map((withBank(FROZEN_V3).settings ?? []).map((s) => [s.key, s.value]));
    for (const [key, value] of settings) {
      expect(await getSetting(current, String(key)), String(key)).toEqual(value);
    }
    expect(icpGridSettingsFromSetting(await getSetting(current, ICP_GRID_SETTINGS_KEY))).toEqual(
      settings.get(ICP_GRID_SETTINGS_KEY),
    );
    expect(requiredApprovalsFromSetting(await getSetting(current, REQUIRED_APPROVALS_KEY))).toBe(
      settings.get(REQUIRED_APPROVALS_KEY),
    );
    expect(catalogueFromSetting(await getSetting(current, REASON_CATALOGUE_KEY))).toEqual(
      settings.get(REASON_CATALOGUE_KEY),
    );
    expect(await loadMapping(current, 'salesforce-accounts')).toEqual(
      settings.get('import.mapping.salesforce-accounts'),
    );

    // The upgrade itself is not a change anyone made; the next write is logged.
    expect(await current.changes.count()).toBe(0);
    await current.accounts.update('acc-quill', { plan: 'pro' });
    expect(await current.changes.toArray()).toEqual([
      expect.objectContaining({
        table: 'accounts',
        keys: ['acc-quill'],
        op: 'put',
        source: 'local',
      }),
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    current.close();
  });
});
