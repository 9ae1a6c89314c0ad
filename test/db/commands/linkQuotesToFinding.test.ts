import { describe, expect, it } from 'vitest';
import { linkQuotesToFindingCommand } from '../../../src/commands/findingCommands';
import { updateFindingStatement } from '../../../src/db/findingsRepo';
import type { WorkspaceDb } from '../../../src/db/schema';
import { freshDb } from '../freshDb';
import { finding, LATER, NOW } from './evidenceFixtures';
import { fixedContext } from './fixedContext';
import { loggedWrite, undone } from './evidenceUndo';

/** f1 already links h1. */
async function seeded(): Promise<WorkspaceDb> {
  const db = freshDb();
  await db.findings.put(finding('f1', { highlightIds: ['h1'] }));
  return db;
}

const linksOf = async (db: WorkspaceDb, id: string) => (await db.findings.get(id))?.highlightIds;

describe('linkQuotesToFindingCommand', () => {
  it('links the quotes not linked yet in one write, and Undo unlinks only those', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      linkQuotesToFindingCommand(fixedContext(db, NOW), {
        highlightIds: ['h1', 'h2', 'h3', 'h2'],
        to: { findingId: 'f1' },
      }),
    );
    expect(outcome.message).toBe(
      'Linked 2 quotes to “Power users lose hours to manual reporting” (1 was linked already)',
    );
    expect(outcome.result).toMatchObject({ highlightIds: ['h1', 'h2', 'h3'], updatedAt: NOW });
    expect(log).toEqual(['findings f1 put local']);

    const undo = await undone(db, outcome);
    expect(undo.report).toEqual({
      message: '2 quotes are no longer linked to “Power users lose hours to manual reporting”.',
      kept: 0,
    });
    expect(undo.log).toEqual(['findings f1 put undo']);
    expect(await db.findings.get('f1')).toEqual(finding('f1', { highlightIds: ['h1'] }));
  });

  it('writes a new draft finding with every quote linked, and Undo takes it out', async () => {
    const db = freshDb();
    const { result: outcome, log } = await loggedWrite(db, () =>
      linkQuotesToFindingCommand(fixedContext(db, NOW, 'new'), {
        highlightIds: ['h1', 'h2'],
        to: { statement: 'Churners miss the Shopify sync', cohort: 'churner' },
      }),
    );
    expect(outcome.message).toBe('Linked 2 quotes to “Churners miss the Shopify sync”');
    expect(await db.findings.get('new-1')).toMatchObject({
      statement: 'Churners miss the Shopify sync',
      cohort: 'churner',
      status: 'draft',
      highlightIds: ['h1', 'h2'],
      createdAt: NOW,
    });
    expect(log).toEqual(['findings new-1 put local']);

    const undo = await undone(db, outcome);
    expect(undo.report).toEqual({
      message: '“Churners miss the Shopify sync” is gone again.',
      kept: 0,
    });
    expect(undo.log).toEqual(['findings new-1 delete undo']);
    expect(await db.findings.get('new-1')).toBeUndefined();
  });

  it('Undo keeps a finding edited since, and says so', async () => {
    const db = await seeded();
    const outcome = await linkQuotesToFindingCommand(fixedContext(db, NOW), {
      highlightIds: ['h2', 'h3'],
      to: { findingId: 'f1' },
    });
    await updateFindingStatement(db, 'f1', 'Reworded', LATER);
    const { report, log } = await undone(db, outcome);
    expect(report).toEqual({
      message: 'The finding was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(log).toEqual([]);
    expect(await db.findings.get('f1')).toMatchObject({
      statement: 'Reworded',
      highlightIds: ['h1', 'h2', 'h3'],
    });
  });

  it('Undo keeps a new finding edited since', async () => {
    const db = freshDb();
    const outcome = await linkQuotesToFindingCommand(fixedContext(db, NOW, 'new'), {
      highlightIds: ['h1'],
      to: { statement: 'Draft', cohort: null },
    });
    await updateFindingStatement(db, 'new-1', 'Reworded', LATER);
    const { report } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect(await db.findings.get('new-1')).toBeDefined();
  });

  it('writes nothing and offers no Undo when every quote is linked already', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      linkQuotesToFindingCommand(fixedContext(db, NOW), {
        highlightIds: ['h1'],
        to: { findingId: 'f1' },
      }),
    );
    expect(outcome.message).toBe(
      'Every quote is linked to “Power users lose hours to manual reporting” already',
    );
    expect(outcome.undo).toBeUndefined();
    expect(log).toEqual([]);
  });

  it('refuses a finding deleted meanwhile, an empty statement or no quotes, writing nothing', async () => {
    const db = await seeded();
    const cases = [
      { highlightIds: ['h2'], to: { findingId: 'gone' } },
      { highlightIds: ['h2'], to: { statement: '  ', cohort: null } },
      { highlightIds: [], to: { statement: 'Nothing behind it', cohort: null } },
    ];
    for (const input of cases) {
      const { result, log } = await loggedWrite(db, () =>
        linkQuotesToFindingCommand(fixedContext(db, NOW), input).catch((error: unknown) => error),
      );
      expect(result).toBeInstanceOf(Error);
      expect(log).toEqual([]);
    }
    expect(await linksOf(db, 'f1')).toEqual(['h1']);
  });
});
