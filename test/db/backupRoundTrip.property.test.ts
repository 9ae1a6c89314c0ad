import './exportInNode';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedBackup, restoreIntoDb } from '../../src/db/backupRepo';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_TABLES, WorkspaceDb } from '../../src/db/schema';
import { parseBackup } from '../../src/domain/backupFormat';
import type { Account } from '../../src/domain/schemas/account';
import type { Deal } from '../../src/domain/schemas/deal';
import type { IcpVersion } from '../../src/domain/schemas/icpVersion';
import type { ImportRecord } from '../../src/domain/schemas/importRecord';
import type { Interview } from '../../src/domain/schemas/interview';
import type { Pair } from '../../src/domain/schemas/pairs';
import { RECORD_AT, accountRecord, dealRecord, interviewRecord } from '../fixtures/records';

/** The names that broke backups as object keys, and any text at all besides. */
const HOSTILE = ['constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty'];
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const key = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: text },
);
const id = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 12 }));

const pairs = <V>(value: fc.Arbitrary<V>, keys: fc.Arbitrary<string> = key) =>
  fc.uniqueArray(fc.record({ key: keys, value }), {
    selector: (pair: Pair<V>) => pair.key,
    maxLength: 5,
  });

/** Pairs keyed by some of `ids`, as a snapshot keys its figures by account and trait ids. */
const pairsOver = <V>(ids: readonly string[], value: fc.Arbitrary<V>) =>
  fc
    .subarray([...ids])
    .chain((chosen) => fc.tuple(...chosen.map((k) => value.map((v) => ({ key: k, value: v })))));

const workspace = fc.uniqueArray(id, { minLength: 1, maxLength: 4 }).chain((accountIds) =>
  fc.record({
    accounts: fc.tuple(
      ...accountIds.map((accountId, i) =>
        pairs(text).map((customFields): Account =>
          accountRecord({ id: accountId, name: `Account ${i + 1}`, customFields }),
        ),
      ),
    ),
    deals: fc.tuple(
      ...accountIds.map((accountId, i) =>
        fc.option(pairs(text), { nil: undefined }).map((customFields): Deal => {
          const deal = dealRecord({ id: `deal-${i}`, accountId });
          // A deal stored before custom fields existed has none at all.
          return customFields === undefined ? deal : { ...deal, customFields };
        }),
      ),
    ),
    interviews: fc.tuple(
      ...accountIds.map((accountId, i) =>
        pairs(fc.oneof(fc.constant('interviewer'), id)).map((speakerMap): Interview =>
          interviewRecord({ id: `int-${i}`, accountId, speakerMap }),
        ),
      ),
    ),
    icpVersions: fc
      .record({
        scores: pairsOver(accountIds, fc.integer({ min: -20, max: 20 })),
        evidence: pairs(fc.record({ accounts: fc.nat(9), quotes: fc.nat(99) }), id),
        accounts: pairsOver(
          accountIds,
          fc.record({
            cohort: fc.constantFrom(
              'power_user' as const,
              'churner' as const,
              'unassigned' as const,
            ),
            matched: fc.array(fc.nat(3), { maxLength: 3 }),
          }),
        ),
      })
      .map((snapshot): IcpVersion[] => [
        {
          id: 'icp-1',
          createdAt: RECORD_AT,
          updatedAt: RECORD_AT,
          number: 1,
          status: 'signed_off',
          traits: [],
          isLines: [],
          isNotLines: [],
          exclusions: [],
          signOffs: [],
          basedOnId: null,
          frozenAt: RECORD_AT,
          snapshot: { separation: 0.5, ...snapshot },
        },
      ]),
    imports: pairs(text).map((customFields): ImportRecord[] => [
      {
        id: 'imp-1',
        createdAt: RECORD_AT,
        updatedAt: RECORD_AT,
        kind: 'accounts',
        fileName: 'accounts.csv',
        preset: 'generic',
        rowCount: 1,
        createdAccountIds: [],
        createdDealIds: [],
        previousAccounts: [accountRecord({ id: 'before', customFields })],
        previousDeals: [],
        status: 'applied',
      },
    ]),
  }),
);

const dbs: WorkspaceDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
function freshDb() {
  const db = new WorkspaceDb(`tourbook-ws-roundtrip-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}

async function dump(db: WorkspaceDb) {
  const entries = await Promise.all(
    WORKSPACE_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/** IndexedDB's order of string keys: by UTF-16 code unit, as `<` compares. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('backup round trip', () => {
  // Each run writes, downloads and restores two databases, about 0.2 s: 20 runs stay quick on a
  // busy machine, with room in the timeout. Raise numRuns locally to search harder.
  it(
    'gives back deep-equal data for any workspace, whatever its maps are keyed by',
    { timeout: 30_000 },
    async () => {
      const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
      await fc.assert(
        fc.asyncProperty(workspace, async (tables) => {
          const source = freshDb();
          await source.transaction('rw', source.tables, async () => {
            for (const [name, rows] of Object.entries(tables)) {
              await source.table(name).bulkAdd(rows);
            }
          });
          const stored = await dump(source);
          for (const [name, rows] of Object.entries(tables)) {
            expect(stored[name], name).toEqual([...rows].sort(byId));
          }

          const { text: file } = await checkedBackup(source);
          const parsed = parseBackup(file, { currentVersion: CURRENT_SCHEMA_VERSION });
          if (!parsed.ok) throw new Error(parsed.error);
          expect(parsed.data).toEqual(stored);
          const target = freshDb();
          await restoreIntoDb(target, parsed);
          expect(await dump(target)).toEqual(stored);
          await Promise.all(dbs.splice(0).map((db) => db.delete()));
        }),
        { numRuns: 20 },
      );
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
    },
  );
});
