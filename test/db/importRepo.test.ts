import { describe, expect, it } from 'vitest';
import { setChangeSource } from '../../src/db/changeLog';
import {
  ImportRepoError,
  commitAccountImport,
  commitDealImport,
  undoImport,
} from '../../src/db/importRepo';
import { commandContext } from '../../src/commands/context';
import { undoImportCommand } from '../../src/commands/importCommands';
import { changesSince, lastChangeSeq } from '../../src/db/changeQueries';
import { WorkspaceDb } from '../../src/db/schema';
import { logged } from './loggedChanges';
import { accountSchema, type Account } from '../../src/domain/schemas/account';
import { dealSchema } from '../../src/domain/schemas/deal';
import { importRecordSchema } from '../../src/domain/schemas/importRecord';
import { detectAccountMapping, detectDealMapping } from '../../src/import/csv/columnMapping';
import type { DuplicateDecision } from '../../src/import/csv/duplicates';
import type { AccountImportPlan } from '../../src/domain/importPlan';
import {
  planAccountImport,
  planDealImport,
  reviewAccountImport,
  reviewDealImport,
} from '../../src/import/csv/importPipeline';
import type { ParsedCsv } from '../../src/import/csv/parseCsv';
import { detectPreset } from '../../src/import/csv/presets';
import { generateAccountsCsv } from '../fixtures/csv/generateAccountsCsv';
import { storedAccountRecord } from '../fixtures/records';
import { csvOf, csvFixture as fixture } from '../fixtures/csv/parsedCsv';
import { freshDb } from './freshDb';

const NOW = '2026-03-01T12:00:00.000Z';
const LATER = '2026-03-02T09:30:00.000Z';

function storedAccount(overrides: Partial<Account>): Account {
  return storedAccountRecord(overrides);
}

async function accountPlan(
  db: WorkspaceDb,
  csv: ParsedCsv,
  decide: (key: string) => DuplicateDecision | undefined = () => undefined,
  now = NOW,
): Promise<AccountImportPlan> {
  const preset = detectPreset(csv.headers);
  const review = reviewAccountImport(csv, {
    preset,
    mapping: detectAccountMapping(csv.headers, preset),
    existingAccounts: await db.accounts.toArray(),
  });
  const decisions = Object.fromEntries(
    review.duplicates.flatMap((g) => {
      const decision = decide(g.key);
      return decision ? [[g.key, decision]] : [];
    }),
  );
  const planned = planAccountImport(review, { fileName: 'companies.csv', now, decisions });
  if (!planned.ok) throw new Error(planned.reason);
  return planned.plan;
}

const snapshot = async (db: WorkspaceDb) => ({
  accounts: (await db.accounts.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
  deals: (await db.deals.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
});

const repoError = async (promise: Promise<unknown>): Promise<ImportRepoError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportRepoError) return error;
    throw error;
  }
  throw new Error('expected an ImportRepoError');
};

describe('commitAccountImport', () => {
  it('writes valid accounts and an import record, counting created and skipped', async () => {
    const db = freshDb();
    const plan = await accountPlan(db, fixture('hubspot-companies-messy.csv'));
    const result = await commitAccountImport(db, plan);
    expect(result).toEqual({
      importId: plan.importId,
      created: 24,
      updated: 0,
      skipped: 1,
      accountsCreated: 24,
    });
    const accounts = await db.accounts.toArray();
    expect(accounts).toHaveLength(24);
    for (const account of accounts) {
      expect(accountSchema.parse(account)).toEqual(account);
      expect(account).toMatchObject({ importId: plan.importId, createdAt: NOW, updatedAt: NOW });
    }
    expect(accounts.filter((a) => a.domain === 'acme.com').map((a) => a.name)).toEqual([
      'Acme Corp',
    ]);
    const record = importRecordSchema.parse(await db.imports.get(plan.importId));
    expect(record).toMatchObject({
      kind: 'accounts',
      fileName: 'companies.csv',
      preset: 'hubspot-companies',
      rowCount: 25,
      status: 'applied',
      previousAccounts: [],
    });
    expect(new Set(record.createdAccountIds)).toEqual(new Set(accounts.map((a) => a.id)));
  });

  it('is atomic: a write failing inside the transaction leaves nothing behind', async () => {
    const db = freshDb();
    const existing = storedAccount({ name: 'Already here', domain: 'here.com' });
    await db.accounts.add(existing);
    const before = await snapshot(db);
    const plan = await accountPlan(db, fixture('generic-accounts.csv'));
    // The last account collides with a stored id, so its add fails after seven succeeded.
    const last = plan.createAccounts[plan.createAccounts.length - 1];
    if (!last) throw new Error('no accounts planned');
    plan.createAccounts[plan.createAccounts.length - 1] = { ...last, id: existing.id };
    await expect(commitAccountImport(db, plan)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    expect(await db.imports.count()).toBe(0);
  });

  it('writes a file larger than one write chunk whole, every row once', async () => {
    const db = freshDb();
    const plan = await accountPlan(db, csvOf(generateAccountsCsv(1_600)));
    expect(plan.createAccounts).toHaveLength(1_600);
    const progress: number[] = [];
    await commitAccountImport(db, plan, (written) => progress.push(written));
    expect(progress).toEqual([500, 1_000, 1_500, 1_600]);
    expect(await db.accounts.count()).toBe(1_600);
    const names = new Set((await db.accounts.toArray()).map((a) => a.name));
    expect(names.size).toBe(1_600);
  });

  it('rolls back chunks already written and those still queued when an early chunk fails', async () => {
    const db = freshDb();
    const existing = storedAccount({ name: 'Already here', domain: 'here.com' });
    await db.accounts.add(existing);
    const before = await snapshot(db);
    const plan = await accountPlan(db, csvOf(generateAccountsCsv(1_600)));
    // Row 700 is in the second chunk of 500: the first is written, the third is queued.
    const row = plan.createAccounts[699];
    if (!row) throw new Error('no row 700 planned');
    plan.createAccounts[699] = { ...row, id: existing.id };
    await expect(commitAccountImport(db, plan)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    expect(await db.imports.count()).toBe(0);
  });

  it('updates a stored duplicate only when told to, keeping its before-image', async () => {
    const db = freshDb();
    const stored = storedAccount({ name: 'Acme', domain: 'acme.com', arr: 10, nps: 7 });
    await db.accounts.add(stored);
    const csv = csvOf('name,domain,arr\nACME Corp,https://acme.com,900\nGlobex,globex.com,5\n');

    const skipped = await commitAccountImport(db, await accountPlan(db, csv));
    expect(skipped).toMatchObject({ created: 1, updated: 0, skipped: 1 });
    expect(await db.accounts.get(stored.id)).toEqual(stored);

    const db2 = freshDb();
    await db2.accounts.add(stored);
    const plan = await accountPlan(db2, csv, () => 'update');
    expect(await commitAccountImport(db2, plan)).toMatchObject({
      created: 1,
      updated: 1,
      skipped: 0,
    });
    expect(await db2.accounts.get(stored.id)).toEqual({
      ...stored,
      name: 'ACME Corp',
      arr: 900,
      updatedAt: NOW,
      importId: plan.importId,
    });
    expect((await db2.imports.get(plan.importId))?.previousAccounts).toEqual([stored]);
  });

  it('refuses to overwrite an account edited after the review', async () => {
    const db = freshDb();
    const stored = storedAccount({ name: 'Acme', domain: 'acme.com' });
    await db.accounts.add(stored);
    const plan = await accountPlan(
      db,
      csvOf('name,domain\nAcme,acme.com\nNew,new.com\n'),
      () => 'update',
    );
    await db.accounts.put({ ...stored, nps: 3, updatedAt: LATER });
    const before = await snapshot(db);
    const error = await repoError(commitAccountImport(db, plan));
    expect(error.code).toBe('changed_since_review');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('undoImport', () => {
  it('restores exactly the previous state, updated records included', async () => {
    const db = freshDb();
    await db.accounts.bulkAdd([
      storedAccount({
        name: 'Acme',
        domain: 'acme.com',
        arr: 10,
        customFields: [{ key: 'Owner', value: 'Dana' }],
      }),
      storedAccount({ name: 'Initech', domain: null, cohort: 'churner', cohortSource: 'rule' }),
      storedAccount({ name: 'Untouched', domain: 'untouched.com' }),
    ]);
    const before = await snapshot(db);
    const plan = await accountPlan(
      db,
      csvOf(
        'name,domain,arr,Tier\nAcme Corp,acme.com,900,Gold\nInitech,initech.com,50,\nHooli,hooli.com,7,\n',
      ),
      () => 'update',
    );
    plan.createAccounts.forEach((a) => expect(a.importId).toBe(plan.importId));
    await commitAccountImport(db, plan);
    expect(await db.accounts.count()).toBe(4);

    const undone = await undoImport(db, plan.importId, LATER);
    expect(undone).toEqual({
      deletedAccounts: 1,
      deletedDeals: 0,
      restoredAccounts: 2,
      restoredDeals: 0,
      keptAccounts: 0,
      keptDeals: 0,
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.imports.get(plan.importId)).toMatchObject({
      status: 'undone',
      updatedAt: LATER,
    });
  });

  it('refuses to undo twice, and explains why', async () => {
    const db = freshDb();
    const plan = await accountPlan(db, fixture('generic-accounts.csv'));
    await commitAccountImport(db, plan);
    await undoImport(db, plan.importId, LATER);
    const error = await repoError(undoImport(db, plan.importId, LATER));
    expect(error.code).toBe('already_undone');
    expect(error.message).toBe(
      'The import of “companies.csv” was already undone; there is nothing left to undo.',
    );
    expect((await repoError(undoImport(db, 'nope', LATER))).code).toBe('not_found');
  });

  it('refuses while a later import changed the same records', async () => {
    const db = freshDb();
    const first = await accountPlan(db, csvOf('name,domain,arr\nAcme,acme.com,1\n'));
    await commitAccountImport(db, first);
    const second = await accountPlan(
      db,
      csvOf('name,domain,arr\nAcme,acme.com,2\n'),
      () => 'update',
      LATER,
    );
    await commitAccountImport(db, second);
    const afterBoth = await snapshot(db);
    expect((await repoError(undoImport(db, first.importId, LATER))).code).toBe('later_import');
    expect(await snapshot(db)).toEqual(afterBoth);
    await undoImport(db, second.importId, LATER);
    await undoImport(db, first.importId, LATER);
    expect(await db.accounts.count()).toBe(0);
  });

  it('refuses to delete an account that now has an interview contact', async () => {
    const db = freshDb();
    const plan = await accountPlan(db, csvOf('name\nAcme\n'));
    await commitAccountImport(db, plan);
    const [account] = plan.createAccounts;
    if (!account) throw new Error('no account');
    await db.contacts.add({
      id: 'c1',
      createdAt: NOW,
      updatedAt: NOW,
      accountId: account.id,
      name: 'Dana',
      title: null,
      email: null,
      buyingRole: null,
    });
    const error = await repoError(undoImport(db, plan.importId, LATER));
    expect(error.code).toBe('has_dependants');
    expect(error.message).toMatch(/1 contact/);
    expect(await db.accounts.get(account.id)).toEqual(account);
  });
});

describe('undoImport after later edits', () => {
  it('keeps a record edited since the import, in any tab, and reverts the rest', async () => {
    const db = freshDb();
    await db.accounts.add(storedAccount({ name: 'Acme', domain: 'acme.com', arr: 10 }));
    const plan = await accountPlan(
      db,
      csvOf('name,domain,arr\nAcme,acme.com,900\nHooli,hooli.com,7\nInitech,initech.com,5\n'),
      () => 'update',
    );
    await commitAccountImport(db, plan);
    const hooli = plan.createAccounts.find((a) => a.name === 'Hooli');
    const acme = plan.updateAccounts[0]?.after;
    if (!hooli || !acme) throw new Error('the plan has no Hooli or Acme');
    // Another tab edits one created and one updated account after the import.
    await db.accounts.update(hooli.id, { industry: 'Fintech', updatedAt: LATER });
    await db.accounts.update(acme.id, { nps: 9, updatedAt: LATER });

    const undone = await undoImport(db, plan.importId, LATER);
    expect(undone).toMatchObject({ deletedAccounts: 1, restoredAccounts: 0, keptAccounts: 2 });
    expect((await db.accounts.get(hooli.id))?.industry).toBe('Fintech');
    expect(await db.accounts.get(acme.id)).toMatchObject({ arr: 900, nps: 9 });
    expect(await db.accounts.where('name').equals('Initech').count()).toBe(0);
  });

  it('counts an Undo of a later change as no edit', async () => {
    const db = freshDb();
    const plan = await accountPlan(db, csvOf('name,domain\nHooli,hooli.com\n'));
    await commitAccountImport(db, plan);
    const [hooli] = plan.createAccounts;
    if (!hooli) throw new Error('no account');
    await db.transaction('rw', db.accounts, async (tx) => {
      setChangeSource(tx, 'undo');
      await db.accounts.put(hooli);
    });
    expect(await undoImport(db, plan.importId, LATER)).toMatchObject({
      deletedAccounts: 1,
      keptAccounts: 0,
    });
  });
});

describe('commitDealImport', () => {
  it('creates missing accounts, links deals by domain and name, and undoes cleanly', async () => {
    const db = freshDb();
    const acme = storedAccount({ name: 'ACME Corporation', domain: 'acme.com' });
    const initech = storedAccount({ name: 'initech', domain: null });
    await db.accounts.bulkAdd([acme, initech]);
    const before = await snapshot(db);

    const csv = fixture('salesforce-opportunities.csv');
    const review = reviewDealImport(csv, {
      preset: 'salesforce-opportunities',
      mapping: detectDealMapping(csv.headers),
      existingAccounts: await db.accounts.toArray(),
      existingDeals: await db.deals.toArray(),
    });
    const planned = planDealImport(review, { fileName: 'opps.csv', now: NOW });
    if (!planned.ok) throw new Error(planned.reason);
    const result = await commitDealImport(db, planned.plan);
    expect(result).toEqual({
      importId: planned.plan.importId,
      created: 15,
      updated: 0,
      skipped: 0,
      accountsCreated: 11,
    });

    const deals = await db.deals.toArray();
    for (const deal of deals) expect(dealSchema.parse(deal)).toEqual(deal);
    const accountName = new Map((await db.accounts.toArray()).map((a) => [a.id, a.name]));
    const dealsOf = (name: string) =>
      deals
        .filter((d) => accountName.get(d.accountId) === name)
        .map((d) => d.crmId)
        .sort();
    expect(dealsOf('ACME Corporation')).toEqual(['0065g00000AAA01', '0065g00000AAA02']);
    expect(dealsOf('initech')).toEqual(['0065g00000AAA06']);
    expect(dealsOf('Vandelay Industries')).toEqual(['0065g00000AAA04', '0065g00000AAA05']);
    const vandelay = (await db.accounts.toArray()).find((a) => a.name === 'Vandelay Industries');
    expect(vandelay).toMatchObject({
      domain: 'vandelay.com',
      importId: planned.plan.importId,
      cohort: null,
    });
    expect(await db.accounts.count()).toBe(13);

    await undoImport(db, planned.plan.importId, LATER);
    expect(await snapshot(db)).toEqual(before);
  });

  it('recognises a re-imported report and skips or updates its deals', async () => {
    const db = freshDb();
    const csv = fixture('salesforce-opportunities.csv');
    const reviewNow = async () =>
      reviewDealImport(csv, {
        preset: 'salesforce-opportunities',
        mapping: detectDealMapping(csv.headers),
        existingAccounts: await db.accounts.toArray(),
        existingDeals: await db.deals.toArray(),
      });
    const first = planDealImport(await reviewNow(), { fileName: 'opps.csv', now: NOW });
    if (!first.ok) throw new Error(first.reason);
    await commitDealImport(db, first.plan);

    const again = await reviewNow();
    expect(again.duplicates).toHaveLength(15);
    expect(again.newAccounts).toHaveLength(0);
    const skip = planDealImport(again, { fileName: 'opps.csv', now: LATER });
    if (!skip.ok) throw new Error(skip.reason);
    expect(await commitDealImport(db, skip.plan)).toMatchObject({
      created: 0,
      updated: 0,
      skipped: 15,
    });

    const decisions = Object.fromEntries(again.duplicates.map((g) => [g.key, 'update' as const]));
    const update = planDealImport(again, {
      fileName: 'opps.csv',
      now: LATER,
      decisions,
      lossCategoryOverrides: { "Went with a competitor's bundle": 'product' },
    });
    if (!update.ok) throw new Error(update.reason);
    expect(await commitDealImport(db, update.plan)).toMatchObject({ created: 0, updated: 15 });
    expect(await db.deals.count()).toBe(15);
    const kramerica = (await db.deals.toArray()).find((d) => d.crmId === '0065g00000AAA09');
    expect(kramerica).toMatchObject({ lossCategory: 'product', updatedAt: LATER });
  });
});

describe('undoImportCommand', () => {
  it('logs the import as an import and its Undo as an undo, one entry per record', async () => {
    const db = freshDb();
    const start = await lastChangeSeq(db);
    const plan = await accountPlan(
      db,
      csvOf('name,domain\nHooli,hooli.com\nInitech,initech.com\n'),
    );
    await commitAccountImport(db, plan);
    const ids = plan.createAccounts.map((a) => a.id);
    expect(logged(await changesSince(db, start))).toEqual(
      [
        ...ids.map((id) => `accounts ${id} put import`),
        `imports ${plan.importId} put import`,
      ].sort(),
    );
    const beforeUndo = await lastChangeSeq(db);
    const report = await undoImportCommand(commandContext(db), {
      importId: plan.importId,
      fileName: 'companies.csv',
    });
    expect(report).toEqual({
      message: 'Import of “companies.csv” undone: the workspace is back to how it was before it.',
      kept: 0,
    });
    expect(logged(await changesSince(db, beforeUndo))).toEqual(
      [
        ...ids.map((id) => `accounts ${id} delete undo`),
        `imports ${plan.importId} put undo`,
      ].sort(),
    );
  });
});
