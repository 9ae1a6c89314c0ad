import { describe, expect, it } from 'vitest';
import {
  commitImportCommand,
  rememberImportSettingsCommand,
} from '../../../src/commands/importCommands';
import { loadLossRules, loadMapping } from '../../../src/db/importSettingsRepo';
import type { WorkspaceDb } from '../../../src/db/schema';
import type { AccountImportPlan } from '../../../src/domain/importPlan';
import { detectAccountMapping } from '../../../src/import/csv/columnMapping';
import { planAccountImport, reviewAccountImport } from '../../../src/import/csv/importPipeline';
import { detectPreset } from '../../../src/import/csv/presets';
import { csvOf } from '../../fixtures/csv/parsedCsv';
import { freshDb } from '../freshDb';
import { COMMAND_AT, EDITED_AT, fixedContext, logging, loggedBy, undoOf } from './callsContext';

async function plan(db: WorkspaceDb, text: string): Promise<AccountImportPlan> {
  const csv = csvOf(text);
  const preset = detectPreset(csv.headers);
  const review = reviewAccountImport(csv, {
    preset,
    mapping: detectAccountMapping(csv.headers, preset),
    existingAccounts: await db.accounts.toArray(),
  });
  const planned = planAccountImport(review, {
    fileName: 'two.csv',
    now: COMMAND_AT,
    decisions: {},
  });
  if (!planned.ok) throw new Error(planned.reason);
  return planned.plan;
}

const TWO = 'Name,Domain\nAcme,acme.test\nGlobex,globex.test\n';

describe('commitImportCommand', () => {
  it('writes the plan whole, logged as an import; Undo import removes it again', async () => {
    const db = freshDb();
    const ctx = fixedContext(db);
    const accountPlan = await plan(db, TWO);
    const { value: outcome, written } = await logging(db, () =>
      commitImportCommand(ctx, { plan: accountPlan, fileName: 'two.csv' }),
    );
    expect(outcome.message).toBe('Imported 2 accounts from “two.csv”.');
    expect(outcome.result).toMatchObject({ created: 2, updated: 0 });
    const ids = (await db.accounts.toArray()).map((a) => a.id);
    expect(ids).toHaveLength(2);
    expect(written).toEqual(
      [
        ...ids.map((id) => `accounts ${id} put import`),
        `imports ${accountPlan.importId} put import`,
      ].sort(),
    );

    const undone = await loggedBy(db, async () => {
      expect(await undoOf(outcome)()).toEqual({
        message: 'Import of “two.csv” undone: the workspace is back to how it was before it.',
        kept: 0,
      });
    });
    expect(undone).toEqual(
      [
        ...ids.map((id) => `accounts ${id} delete undo`),
        `imports ${accountPlan.importId} put undo`,
      ].sort(),
    );
    expect(await db.accounts.count()).toBe(0);
  });

  it('Undo import keeps an account edited since and says so', async () => {
    const db = freshDb();
    const ctx = fixedContext(db);
    const outcome = await commitImportCommand(ctx, {
      plan: await plan(db, TWO),
      fileName: 'two.csv',
    });
    const acme = (await db.accounts.toArray()).find((a) => a.name === 'Acme');
    if (!acme) throw new Error('Acme was not imported');
    await db.accounts.update(acme.id, { nps: 9, updatedAt: EDITED_AT });
    const report = await undoOf(outcome)();
    expect(report.kept).toBe(1);
    expect(report.message).toContain('1 account edited since the import was kept as edited.');
    expect(await db.accounts.toArray()).toEqual([expect.objectContaining({ id: acme.id, nps: 9 })]);
  });
});

describe('rememberImportSettingsCommand', () => {
  it('remembers the mapping and edited loss rules in one write, with the context’s time', async () => {
    const db = freshDb();
    const ctx = fixedContext(db);
    const mapping = [{ column: 'Name', target: 'name' }];
    const lossRules = [{ keyword: 'price', category: 'product' as const }];
    const written = await loggedBy(db, () =>
      rememberImportSettingsCommand(ctx, { preset: 'generic-accounts', mapping, lossRules }),
    );
    expect(await loadMapping(db, 'generic-accounts')).toEqual(mapping);
    expect(await loadLossRules(db)).toEqual(lossRules);
    expect(await db.settings.get('import.lossRules')).toMatchObject({ updatedAt: COMMAND_AT });
    expect(written).toEqual([
      'settings import.lossRules put local',
      'settings import.mapping.generic-accounts put local',
    ]);
  });

  it('leaves the loss rules alone when they were not edited, and offers no Undo', async () => {
    const db = freshDb();
    const outcome = await rememberImportSettingsCommand(fixedContext(db), {
      preset: 'generic-accounts',
      mapping: [],
      lossRules: null,
    });
    expect(outcome.undo).toBeUndefined();
    expect(await loadLossRules(db)).toBeNull();
  });

  it('refuses a blank loss-rule keyword, remembering nothing', async () => {
    const db = freshDb();
    await expect(
      rememberImportSettingsCommand(fixedContext(db), {
        preset: 'generic-accounts',
        mapping: [{ column: 'Name', target: 'name' }],
        lossRules: [{ keyword: ' ', category: 'process' }],
      }),
    ).rejects.toThrow();
    expect(await loadMapping(db, 'generic-accounts')).toBeNull();
  });
});
