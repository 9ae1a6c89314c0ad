import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLE_NAMES,
  backupFileName,
  parseBackup,
  type BackupData,
  type BackupTableName,
} from '../../src/domain/backupFormat';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';

const NOW = '2026-03-31T12:00:00.000Z';
const demo = generateDemoWorkspace({ seed: 20261, now: NOW });
const data: BackupData = {
  ...demo,
  imports: [],
  settings: [{ key: 'cohort.thresholds', value: { minNps: 9, tags: ['a'] }, updatedAt: NOW }],
  experiments: [],
  comments: [],
};

/** The layout dexie-export-import's exportDB writes (checked against the real one in test/db). */
function fileOf(tables: Record<string, unknown[]>, databaseVersion = 1) {
  const names = Object.keys(tables);
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'tourbook-ws-test',
      databaseVersion,
      tables: names.map((name) => ({ name, schema: 'id', rowCount: tables[name]?.length ?? 0 })),
      data: names.map((name) => ({
        tableName: name,
        inbound: true,
        rows: [...(tables[name] ?? [])],
      })),
    },
  };
}
const textOf = (tables: Record<string, unknown[]>, version = 1) =>
  JSON.stringify(fileOf(tables, version));
const parse = (text: string) => parseBackup(text, { currentVersion: 1 });

function errorOf(text: string): string {
  const result = parse(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

/** A copy of the demo with one row of one table changed. */
function withRow(name: BackupTableName, index: number, change: Record<string, unknown>) {
  const rows: unknown[] = [...data[name]];
  rows[index] = { ...(rows[index] as object), ...change };
  return { ...data, [name]: rows };
}

describe('parseBackup', () => {
  it('reads a valid backup back into deeply equal rows, with counts per table', () => {
    const result = parse(textOf(data));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual(data);
    expect(result.meta.databaseVersion).toBe(1);
    expect(result.meta.counts.accounts).toBe(data.accounts.length);
    expect(result.meta.counts.settings).toBe(1);
    expect(Object.keys(result.data)).toEqual(BACKUP_TABLE_NAMES);
  });

  it('says a truncated or empty file is not valid JSON', () => {
    const text = textOf(data);
    const message = 'This file is not valid JSON (it may be truncated).';
    expect(errorOf(text.slice(0, Math.floor(text.length / 2)))).toBe(message);
    expect(errorOf('')).toBe(message);
  });

  it('says foreign JSON is not a Tourbook backup', () => {
    expect(errorOf('{"name":"my-package","version":"1.0.0"}')).toBe(
      'This is not a Tourbook backup (it is not a database export).',
    );
    expect(errorOf('[1, 2, 3]')).toMatch(/^This is not a Tourbook backup/);
    expect(errorOf(textOf({ ...data, friends: [{ id: 1, name: 'Ann' }] }))).toBe(
      'This is not a Tourbook backup (it has a table “friends” that Tourbook does not use).',
    );
    const { accounts: _accounts, ...withoutAccounts } = data;
    expect(errorOf(textOf(withoutAccounts))).toBe(
      'This is not a Tourbook backup (it has no accounts table).',
    );
  });

  it('restores a backup from before experiments existed with no experiments', () => {
    const { experiments: _experiments, ...version1 } = data;
    const result = parseBackup(textOf(version1, 1), { currentVersion: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.experiments).toEqual([]);
    expect(result.data.accounts).toEqual(data.accounts);
    expect(result.meta.counts.experiments).toBe(0);
  });

  it('restores guides saved before guides had pins, leaving their pins to the cohort defaults', () => {
    const oldGuides = data.guides.map(({ pinnedCodeIds: _pins, ...guide }) => guide);
    const result = parse(textOf({ ...data, guides: oldGuides }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.guides).toEqual(oldGuides);
  });

  it('refuses a backup of a schema that has experiments but lacks the table', () => {
    const { experiments: _experiments, ...withoutExperiments } = data;
    expect(parseBackup(textOf(withoutExperiments, 2), { currentVersion: 2 })).toEqual({
      ok: false,
      error: 'This is not a Tourbook backup (it has no experiments table).',
    });
  });

  it('validates experiment rows like every other table', () => {
    const experiment = {
      id: 'e1',
      createdAt: NOW,
      updatedAt: NOW,
      icpVersionId: null,
      hypothesis: 'Fintechs convert faster',
      targetSegment: 'Fintech, 50–200 staff',
      successCriteria: 'Win rate above 30%',
      startDate: null,
      endDate: null,
      status: 'finished',
      result: null,
      outcome: null,
    };
    expect(
      parseBackup(textOf({ ...data, experiments: [experiment] }, 2), { currentVersion: 2 }),
    ).toMatchObject({
      ok: false,
      error:
        'Table experiments, row 1 (id e1), field status: Invalid option: expected one of "planned"|"running"|"done"',
    });
    const fine = parseBackup(
      textOf({ ...data, experiments: [{ ...experiment, status: 'planned' }] }, 2),
      {
        currentVersion: 2,
      },
    );
    expect(fine.ok).toBe(true);
  });

  it('asks for an update when the backup comes from a newer schema', () => {
    expect(errorOf(textOf(data, 3))).toBe(
      'This backup was made by a newer version of Tourbook (schema 3; this app reads up to 1). Update the app first.',
    );
  });

  it('names the table, row, record and field of a bad row', () => {
    const id = data.accounts[16]?.id ?? '';
    expect(errorOf(textOf(withRow('accounts', 16, { arr: 'lots' })))).toBe(
      `Table accounts, row 17 (id ${id}), field arr: ARR must be a number.`,
    );
    expect(errorOf(textOf(withRow('highlights', 2, { interviewId: 42 })))).toMatch(
      /^Table highlights, row 3 \(id [^)]+\), field interviewId: /,
    );
    expect(errorOf(textOf(withRow('settings', 0, { updatedAt: 'yesterday' })))).toMatch(
      /^Table settings, row 1 \(key cohort\.thresholds\), field updatedAt: /,
    );
    expect(errorOf(textOf(withRow('contacts', 0, { id: 7 })))).toMatch(
      /^Table contacts, row 1, field id: /,
    );
  });

  it('names a pair of a map by its key, not by its place in the list', () => {
    const customFields = [
      { key: 'Owner', value: 'Dana' },
      { key: 'constructor', value: 'x'.repeat(10_001) },
    ];
    const id = data.accounts[0]?.id ?? '';
    expect(errorOf(textOf(withRow('accounts', 0, { customFields })))).toBe(
      `Table accounts, row 1 (id ${id}), field customFields[“constructor”].value: Custom field “constructor” is longer than 10,000 characters.`,
    );
    const speakerMap = [
      { key: 'Speaker 1', value: 'interviewer' },
      { key: 'Speaker 1', value: 'c-1' },
    ];
    expect(errorOf(textOf(withRow('interviews', 0, { speakerMap })))).toMatch(
      /field speakerMap\[“Speaker 1”\]\.key: Speaker map: “Speaker 1” appears more than once\.$/,
    );
  });

  it('counts further problems after the first', () => {
    const twoBad = { ...withRow('accounts', 0, { arr: -1 }), deals: [{ id: 'x' }] };
    expect(errorOf(textOf(twoBad))).toBe(
      `Table accounts, row 1 (id ${data.accounts[0]?.id}), field arr: ARR cannot be negative. (and 1 more problem)`,
    );
  });

  it('refuses duplicate ids, setting keys and ICP version numbers', () => {
    const first = data.accounts[0];
    expect(errorOf(textOf({ ...data, accounts: [...data.accounts, first] }))).toBe(
      `Table accounts, row ${data.accounts.length + 1} (id ${first?.id}): has the same id as row 1; each must be unique.`,
    );
    const setting = data.settings[0];
    expect(errorOf(textOf({ ...data, settings: [setting, setting] }))).toMatch(
      /^Table settings, row 2 \(key cohort\.thresholds\): has the same key as row 1;/,
    );
    const version = {
      id: 'v1',
      createdAt: NOW,
      updatedAt: NOW,
      number: 1,
      status: 'draft',
      traits: [],
      isLines: [],
      isNotLines: [],
      exclusions: [],
      signOffs: [],
      basedOnId: null,
      frozenAt: null,
      snapshot: null,
    };
    expect(parse(textOf({ ...data, icpVersions: [version] })).ok).toBe(true);
    const copy = { ...version, id: 'other-version' };
    expect(errorOf(textOf({ ...data, icpVersions: [version, copy] }))).toMatch(
      /^Table icpVersions, row 2 \(id other-version\): has the same number as row 1 \(1\);/,
    );
  });

  it('refuses a file whose row counts disagree with its table list', () => {
    const file = fileOf(data);
    file.data.data[0]?.rows.pop();
    expect(errorOf(JSON.stringify(file))).toBe(
      `This backup is damaged: table accounts should hold ${data.accounts.length} rows but holds ${data.accounts.length - 1}.`,
    );
  });

  it('accepts the array tags exportDB writes, and refuses any other typeson-encoded value', () => {
    const tagged = withRow('accounts', 0, { $types: { techStack: 'arrayNonindexKeys' } });
    const result = parse(textOf(tagged));
    expect(result.ok && result.data.accounts[0]).toEqual(data.accounts[0]);
    const nested = withRow('settings', 0, { $types: { 'value.tags': 'arrayNonindexKeys' } });
    expect(parse(textOf(nested)).ok).toBe(true);
    const message = 'holds encoded values that Tourbook backups never contain.';
    for (const $types of [
      { value: 'undef' },
      { updatedAt: 'date' },
      { key: 'arrayNonindexKeys' },
      'x',
    ]) {
      const row = withRow('settings', 0, { $types });
      expect(errorOf(textOf(row))).toBe(
        `Table settings, row 1 (key cohort.thresholds): ${message}`,
      );
    }
  });

  it('refuses __proto__, constructor and prototype keys anywhere, without polluting', () => {
    const text = textOf(data);
    const hostile = (key: string, json: string) =>
      text.replace(
        '"settings","inbound":true,"rows":[{',
        `"settings","inbound":true,"rows":[{${json.replace('KEY', key)},`,
      );
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const nested = hostile(key, '"extra":{"deep":[{"KEY":{"polluted":"yes"}}]}');
      expect(errorOf(nested)).toBe(
        `This file contains a key named “${key}” in table settings, row 1. Tourbook refuses such files because they can be used to tamper with the app.`,
      );
      expect(errorOf(hostile(key, '"KEY":{"polluted":"yes"}'))).toContain(`“${key}”`);
    }
    const inHeader = `{"__proto__":{"polluted":"yes"},${text.slice(1)}`;
    expect(errorOf(inHeader)).toContain('in the file header');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const settings = [{ key: 'deep', value: 'DEEP', updatedAt: NOW }];
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const text = textOf({ ...data, settings }).replace('"DEEP"', deep);
    expect(parse(text).ok).toBe(true);
  });
});

describe('a backup from before maps were stored as pairs (schema 2 and earlier)', () => {
  const legacy = (version: number) => {
    const text = textOf(
      {
        ...withRow('accounts', 0, { customFields: 'ACCOUNT_FIELDS' }),
        interviews: [{ ...data.interviews[0], speakerMap: 'SPEAKERS' }],
        icpVersions: [
          {
            id: 'v1',
            createdAt: NOW,
            updatedAt: NOW,
            number: 1,
            status: 'signed_off',
            traits: [],
            isLines: [],
            isNotLines: [],
            exclusions: [],
            signOffs: [],
            basedOnId: null,
            frozenAt: NOW,
            snapshot: 'SNAPSHOT',
            // What exportDB wrote: a tag per array, found by a path through the map's keys.
            $types: {
              'snapshot.accounts.constructor.matched': 'arrayNonindexKeys',
              'snapshot.accounts.gone.matched': 'arrayNonindexKeys',
            },
          },
        ],
      },
      version,
    );
    // As JSON text, so that "__proto__" is a key of the file and not of a test object.
    return text
      .replace(
        '"ACCOUNT_FIELDS"',
        '{"Owner":"Dana","constructor":"x","__proto__":"y","toString":"z"}',
      )
      .replace('"SPEAKERS"', '{"__proto__":"interviewer","prototype":"c-1"}')
      .replace(
        '"SNAPSHOT"',
        '{"separation":0.5,"scores":{"constructor":3},"evidence":{"hasOwnProperty":{"accounts":1,"quotes":2}},"accounts":{"constructor":{"cohort":"churner","matched":[0]}}}',
      );
  };

  it('turns every object map into pairs, hostile keys included, without polluting', () => {
    const result = parseBackup(legacy(2), { currentVersion: 3 });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.accounts[0]?.customFields).toEqual([
      { key: 'Owner', value: 'Dana' },
      { key: 'constructor', value: 'x' },
      { key: '__proto__', value: 'y' },
      { key: 'toString', value: 'z' },
    ]);
    expect(result.data.interviews[0]?.speakerMap).toEqual([
      { key: '__proto__', value: 'interviewer' },
      { key: 'prototype', value: 'c-1' },
    ]);
    expect(result.data.icpVersions[0]?.snapshot).toEqual({
      separation: 0.5,
      scores: [{ key: 'constructor', value: 3 }],
      evidence: [{ key: 'hasOwnProperty', value: { accounts: 1, quotes: 2 } }],
      accounts: [{ key: 'constructor', value: { cohort: 'churner', matched: [0] } }],
    });
    expect(result.data.accounts.slice(1)).toEqual(data.accounts.slice(1));
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads object maps only in a backup that predates pairs', () => {
    const current = (text: string) => parseBackup(text, { currentVersion: 3 });
    expect(current(legacy(3))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This file contains a key named “constructor”/),
    });
    const plain = textOf(withRow('accounts', 0, { customFields: { Owner: 'Dana' } }), 3);
    expect(current(plain)).toEqual({
      ok: false,
      error: `Table accounts, row 1 (id ${data.accounts[0]?.id}), field customFields: Custom fields must be a list of pairs.`,
    });
  });

  it('forgives an array tag that leads nowhere only in a backup from before pairs', () => {
    const row = withRow('settings', 0, { $types: { 'value.gone': 'arrayNonindexKeys' } });
    expect(parseBackup(textOf(row, 2), { currentVersion: 3 }).ok).toBe(true);
    expect(parseBackup(textOf(row, 3), { currentVersion: 3 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('holds encoded values that Tourbook backups never contain'),
    });
  });

  it('still refuses a hostile key anywhere but in a map', () => {
    const text = legacy(2).replace('"rows":[{', '"rows":[{"constructor":{"polluted":true},');
    expect(errorOf(text)).toMatch(
      /^This file contains a key named “constructor” in table accounts/,
    );
  });
});

describe('backupFileName', () => {
  it('slugs the workspace name and dates the file', () => {
    expect(backupFileName('Demo: Northwind listening tour', NOW)).toBe(
      'tourbook-demo-northwind-listening-tour-2026-03-31.json',
    );
    expect(backupFileName('Café / Q1 ✨', NOW)).toBe('tourbook-cafe-q1-2026-03-31.json');
    expect(backupFileName('✨✨', NOW)).toBe('tourbook-workspace-2026-03-31.json');
  });
});
