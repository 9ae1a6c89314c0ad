import { describe, expect, it } from 'vitest';
import { bulkTraitCommand } from '../../../src/commands/quoteCommands';
import type { WorkspaceDb } from '../../../src/db/schema';
import type { Trait } from '../../../src/domain/schemas/trait';
import { freshDb } from '../freshDb';
import { AT, LATER, NOW, quote } from './evidenceFixtures';
import { fixedContext } from './fixedContext';
import { loggedWrite, undone } from './evidenceUndo';

const warehouse: Trait = {
  id: 't1',
  createdAt: AT,
  updatedAt: AT,
  name: 'Has a data warehouse',
  description: null,
  component: 'technographic',
  kind: 'must_have',
  weight: 3,
  rule: null,
  codeIds: [],
  highlightIds: [],
};

/** Three quotes, q3 already carrying the trait. */
async function seeded(): Promise<WorkspaceDb> {
  const db = freshDb();
  await db.traits.put(warehouse);
  await db.highlights.bulkPut([quote('q1'), quote('q2'), { ...quote('q3'), traitIds: ['t1'] }]);
  return db;
}

const traitsOf = async (db: WorkspaceDb, id: string) => (await db.highlights.get(id))?.traitIds;

describe('bulkTraitCommand', () => {
  it('attaches a trait to the quotes without it, logged as one local put each', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      bulkTraitCommand(fixedContext(db, NOW), {
        highlightIds: ['q1', 'q2', 'q3'],
        trait: warehouse,
        op: 'add',
      }),
    );
    expect(outcome.message).toBe('Attached “Has a data warehouse” to 2 quotes');
    expect(outcome.result).toBe(2);
    expect(await db.highlights.get('q1')).toMatchObject({ traitIds: ['t1'], updatedAt: NOW });
    expect(await db.highlights.get('q3')).toMatchObject({ traitIds: ['t1'], updatedAt: AT });
    expect(log).toEqual(['highlights q1 put local', 'highlights q2 put local']);

    const undo = await undone(db, outcome);
    expect(undo.report).toEqual({ message: 'Traits of 2 quotes restored.', kept: 0 });
    expect(undo.log).toEqual(['highlights q1 put undo', 'highlights q2 put undo']);
    expect(await db.highlights.get('q1')).toEqual(quote('q1'));
    expect(await traitsOf(db, 'q3')).toEqual(['t1']);
  });

  it('detaches a trait, and Undo keeps a quote edited since and says so', async () => {
    const db = await seeded();
    await db.highlights.update('q1', { traitIds: ['t1'] });
    const outcome = await bulkTraitCommand(fixedContext(db, NOW), {
      highlightIds: ['q1', 'q2', 'q3'],
      trait: warehouse,
      op: 'remove',
    });
    expect(outcome.message).toBe('Detached “Has a data warehouse” from 2 quotes');
    expect(await traitsOf(db, 'q1')).toEqual([]);
    // Another tab comments on q3 after the bulk edit: its Undo leaves q3 as it is now.
    await db.highlights.update('q3', { comment: 'Read again', updatedAt: LATER });

    const { report, log } = await undone(db, outcome);
    expect(report).toEqual({
      message: 'Traits of 1 quote restored. 1 quote edited since then was kept as edited.',
      kept: 1,
    });
    expect(log).toEqual(['highlights q1 put undo']);
    expect(await traitsOf(db, 'q1')).toEqual(['t1']);
    expect(await db.highlights.get('q3')).toMatchObject({ traitIds: [], comment: 'Read again' });
  });

  it('offers no Undo when every quote already has the trait', async () => {
    const db = await seeded();
    const { result: outcome, log } = await loggedWrite(db, () =>
      bulkTraitCommand(fixedContext(db, NOW), {
        highlightIds: ['q3'],
        trait: warehouse,
        op: 'add',
      }),
    );
    expect(outcome).toEqual({
      result: 0,
      message: 'Every selected quote already has “Has a data warehouse”',
    });
    expect(log).toEqual([]);
  });

  it('refuses a trait deleted meanwhile, writing nothing', async () => {
    const db = await seeded();
    await db.traits.delete('t1');
    const { result, log } = await loggedWrite(db, () =>
      bulkTraitCommand(fixedContext(db, NOW), {
        highlightIds: ['q1'],
        trait: warehouse,
        op: 'add',
      }).catch((error: unknown) => error),
    );
    expect(result).toEqual(new Error('This trait no longer exists.'));
    expect(log).toEqual([]);
  });
});
