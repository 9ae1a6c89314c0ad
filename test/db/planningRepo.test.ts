import { describe, expect, it } from 'vitest';
import { getInterviewCoverageInput, getTourPlanInput } from '../../src/db/planningRepo';
import { accountInterviews } from '../../src/domain/planning/interviewCoverage';
import { account, deal, interview, quote } from '../unit/synthesis/builders';
import { freshDb } from './freshDb';

const planned = { status: 'planned', notes: '' } as const;

async function seeded() {
  const db = freshDb();
  const held = interview('held', 'a', '2026-02-01');
  const quotedPlanned = interview('quoted', 'b', '2026-02-02', planned);
  await db.accounts.bulkAdd([account('a', 'churner'), account('b', 'churner')]);
  await db.deals.add(deal('d1', 'a'));
  await db.interviews.bulkAdd([
    held,
    quotedPlanned,
    interview('empty', 'b', '2026-03-01', planned),
  ]);
  await db.highlights.bulkAdd([quote('q-held', held, []), quote('q-planned', quotedPlanned, [])]);
  return db;
}

describe('planningRepo', () => {
  it('reads only the quotes that decide whether a planned call took place', async () => {
    const db = await seeded();
    const input = await getInterviewCoverageInput(db);
    expect(input.interviews).toHaveLength(3);
    expect(input.highlights.map((h) => h.id)).toEqual(['q-planned']);
    const coverage = accountInterviews({ accounts: await db.accounts.toArray(), ...input });
    expect(coverage.get('b')).toEqual({
      held: 1,
      scheduled: 1,
      lastHeld: '2026-02-02',
      nextScheduled: '2026-03-01',
    });
  });

  it('gives the tour plan accounts, deals and interviews, and no codes', async () => {
    const db = await seeded();
    const input = await getTourPlanInput(db);
    expect(input.accounts.map((a) => a.id)).toEqual(['a', 'b']);
    expect(input.deals).toHaveLength(1);
    expect(input.interviews).toHaveLength(3);
    expect(input.highlights.map((h) => h.id)).toEqual(['q-planned']);
    expect(input.codes).toEqual([]);
  });
});
