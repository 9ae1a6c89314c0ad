import { describe, expect, it } from 'vitest';
import {
  createTrait,
  currentVersion,
  deleteTrait,
  getAccountFitInput,
  listTraits,
  listVersions,
  recordSignOff,
  signOffVersion,
  startNewDraft,
  updateTrait,
  updateVersionLines,
  type TraitDetails,
} from '../../src/db/icpRepo';
import { WorkspaceDb } from '../../src/db/schema';
import { groupQuotesByAccount, scoreAccounts } from '../../src/domain/icp/scoring';
import { frozenFigures } from '../../src/domain/icp/versionView';
import { versionChanges } from '../../src/domain/icp/versionDiff';
import { account, interview, quote } from '../unit/synthesis/builders';
import { pairsOf } from '../fixtures/records';
import { freshDb } from './freshDb';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

const painTrait: TraitDetails = {
  name: 'Manual reporting eats hours',
  description: null,
  component: 'behavioural',
  kind: 'must_have',
  weight: 5,
  rule: { op: 'has_code', codeId: 'pain' },
  codeIds: ['pain', 'pain'],
  highlightIds: [],
};

/**
 * In review the way a version submitted before the review guards existed is: these tests are
 * about what review and sign-off do; the guards are tested in icpSignOff.test.ts.
 */
async function inReview(db: WorkspaceDb) {
  const v = await currentVersion(db, AT);
  await db.icpVersions.update(v.id, { status: 'in_review' });
  return v;
}

async function reviewed(db: WorkspaceDb) {
  const v = await inReview(db);
  await recordSignOff(db, v.id, { name: 'Ana', role: 'CEO', decision: 'approve', comment: '' }, AT);
  return recordSignOff(
    db,
    v.id,
    { name: 'Bo', role: 'Sales', decision: 'approve', comment: 'Fits' },
    AT,
  );
}

describe('icpRepo', () => {
  it('creates version 1 as a draft once, and keeps its trait copy in step with the table', async () => {
    const db = freshDb();
    const v1 = await currentVersion(db, AT);
    expect(await currentVersion(db, AT)).toEqual(v1);
    expect(v1).toMatchObject({ number: 1, status: 'draft', traits: [] });
    const trait = await createTrait(db, painTrait, AT, 't1');
    expect(trait.codeIds).toEqual(['pain']);
    await updateTrait(db, 't1', { weight: 3 }, LATER);
    expect((await currentVersion(db, AT)).traits.map((t) => t.weight)).toEqual([3]);
    await deleteTrait(db, 't1', LATER);
    expect((await currentVersion(db, AT)).traits).toEqual([]);
  });

  it('refuses a soft-middle weight with the schema message', async () => {
    const db = freshDb();
    await expect(createTrait(db, { ...painTrait, weight: 4 }, AT)).rejects.toThrow(/soft middle/);
  });

  it('walks draft → review → sign-off and freezes the numbers', async () => {
    const db = freshDb();
    await db.accounts.bulkAdd([account('p', 'power_user'), account('c', 'churner')]);
    await db.highlights.add(quote('q1', interview('i1', 'p'), ['pain']));
    await createTrait(db, painTrait, AT, 't1');
    const v = await currentVersion(db, AT);
    await updateVersionLines(
      db,
      v.id,
      { isLines: ['B2B SaaS', ' '], isNotLines: ['Agencies'] },
      AT,
    );
    await expect(signOffVersion(db, v.id, AT)).rejects.toThrow(/submitted for review/);
    await reviewed(db);
    await expect(updateTrait(db, 't1', { weight: 3 }, LATER)).rejects.toThrow(/request changes/);
    const frozen = await signOffVersion(db, v.id, LATER);
    expect(frozen).toMatchObject({ status: 'signed_off', frozenAt: LATER, isLines: ['B2B SaaS'] });
    expect(frozen.snapshot).toEqual({
      separation: 1,
      // In the order the accounts are read: by id.
      scores: pairsOf({ c: 0, p: 5 }),
      evidence: pairsOf({ t1: { accounts: 1, quotes: 1 } }),
      accounts: pairsOf({
        c: { cohort: 'churner', matched: [] },
        p: { cohort: 'power_user', matched: [0] },
      }),
    });
    await expect(updateTrait(db, 't1', { weight: 3 }, LATER)).rejects.toThrow(
      'Signed off — start a new draft to change it.',
    );
    await expect(updateVersionLines(db, v.id, { isLines: [] }, LATER)).rejects.toThrow(
      /Signed off/,
    );
  });

  it('sends a version back to draft when a reviewer requests changes', async () => {
    const db = freshDb();
    const v = await inReview(db);
    const back = await recordSignOff(
      db,
      v.id,
      { name: 'Bo', role: 'Sales', decision: 'request_changes', comment: 'Too broad' },
      AT,
    );
    expect(back.status).toBe('draft');
    expect(back.signOffs).toHaveLength(1);
  });

  it('starts a new draft from a signed-off version and diffs a reweight', async () => {
    const db = freshDb();
    await createTrait(db, painTrait, AT, 't1');
    const v1 = await reviewed(db);
    await signOffVersion(db, v1.id, AT);
    const v2 = await startNewDraft(db, v1.id, LATER);
    expect(v2).toMatchObject({ number: 2, status: 'draft', basedOnId: v1.id, signOffs: [] });
    await expect(startNewDraft(db, v1.id, LATER)).rejects.toThrow(/still open/);
    await updateTrait(db, 't1', { weight: 3 }, LATER);
    const [a, b] = await listVersions(db);
    expect(a && b && versionChanges(a, b)).toEqual([
      { kind: 'trait_reweighted', trait: b?.traits[0], from: 5, to: 3 },
    ]);
    expect((await listTraits(db)).map((t) => t.weight)).toEqual([3]);
    expect(a?.traits[0]?.weight).toBe(5);
  });

  it('keeps a signed-off version’s figures when the data and the next draft change', async () => {
    const db = freshDb();
    await db.accounts.bulkAdd([account('p', 'power_user'), account('c', 'churner')]);
    await db.highlights.add(quote('q1', interview('i1', 'p'), ['pain']));
    await createTrait(db, painTrait, AT, 't1');
    const v1 = await reviewed(db);
    await signOffVersion(db, v1.id, AT);
    // After sign-off: the churner is quoted on the pain too, and the new draft reweights it.
    await db.highlights.add(quote('q2', interview('i2', 'c'), ['pain']));
    await startNewDraft(db, v1.id, LATER);
    await updateTrait(db, 't1', { weight: 3 }, LATER);
    const [stored] = await listVersions(db);
    if (!stored) throw new Error('version 1 is missing');
    const figures = frozenFigures(stored, await db.accounts.toArray());
    expect(figures.traits.map((t) => t.weight)).toEqual([5]);
    expect(Object.fromEntries(figures.scored.map((s) => [s.accountId, s.score]))).toEqual({
      p: 5,
      c: 0,
    });
    expect(figures.separation).toBe(1);
    expect(figures.evidence).toEqual({ t1: { accounts: 1, quotes: 1 } });
  });
});

describe('getAccountFitInput', () => {
  it('reads no quotes while there are no traits to score', async () => {
    const db = await freshDb();
    await db.highlights.bulkPut([quote('q1', { id: 'i1', accountId: 'a1' }, ['pain'])]);
    expect(await getAccountFitInput(db)).toEqual({ traits: [], quotes: [], heardAccountIds: [] });
  });

  it('reads only the quotes that count, and scores every account as all the quotes would', async () => {
    const db = await freshDb();
    const accounts = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) =>
      account(id, null, { industry: id === 'a6' ? 'Retail' : 'Fintech' }),
    );
    const all = [
      quote('q1', { id: 'i1', accountId: 'a1' }, ['pain', 'speed']),
      quote('q2', { id: 'i2', accountId: 'a2' }, ['speed']),
      quote('q3', { id: 'i3', accountId: 'a3' }, [], { traitIds: ['t-tagged'] }),
      quote('q4', { id: 'i4', accountId: 'a4' }, []),
      quote('q5', { id: 'i5', accountId: 'a5' }, ['speed']),
    ];
    await db.highlights.bulkPut(all);
    await createTrait(db, painTrait, AT, 't-pain');
    const unruled = {
      ...painTrait,
      rule: null,
      codeIds: [],
      kind: 'nice_to_have' as const,
      weight: 3,
    };
    await createTrait(db, { ...unruled, name: 'Tagged in the interview' }, AT, 't-tagged');
    await createTrait(
      db,
      { ...unruled, name: 'Linked quote', highlightIds: ['q5'] },
      AT,
      't-linked',
    );
    await createTrait(
      db,
      {
        ...painTrait,
        name: 'Sells to shops',
        rule: { op: 'equals', field: 'industry', value: 'Retail' },
        codeIds: [],
      },
      AT,
      't-retail',
    );

    const input = await getAccountFitInput(db);
    expect(input.quotes.map((q) => q.id).sort()).toEqual(['q1', 'q3', 'q5']);
    expect([...input.heardAccountIds].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(scoreAccounts(accounts, input.traits, groupQuotesByAccount(input.quotes))).toEqual(
      scoreAccounts(accounts, input.traits, groupQuotesByAccount(all)),
    );
    expect(
      scoreAccounts(accounts, input.traits, groupQuotesByAccount(input.quotes)).map((s) => s.score),
    ).toEqual([5, 0, 3, 0, 3, 5]);
  });
});
