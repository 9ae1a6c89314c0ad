import { describe, expect, it } from 'vitest';
import { getMethodInput } from '../../src/db/methodRepo';
import { seedWorkspace } from '../../src/db/seedWorkspace';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import { freshDb } from './freshDb';

const NOW = '2026-03-01T12:00:00.000Z';

describe('getMethodInput', () => {
  it('reads an empty workspace as nothing done', async () => {
    const input = await getMethodInput(freshDb());
    expect(input).toMatchObject({ guides: 0, quotes: 0, codedQuotes: 0, findings: 0, traits: 0 });
    expect(input.tour.accounts).toEqual([]);
    expect(input.versions).toEqual([]);
  });

  it('counts each coded quote once however many codes it carries, and the uncoded not at all', async () => {
    const db = freshDb();
    const demo = generateDemoWorkspace({ seed: 20261, now: NOW });
    await seedWorkspace(db, demo);
    const [first, second] = demo.highlights;
    if (!first || !second) throw new Error('The demo has quotes.');
    await db.highlights.update(first.id, { codeIds: [] });
    await db.highlights.update(second.id, {
      codeIds: [...second.codeIds, ...demo.codes.slice(0, 3).map((c) => c.id)],
    });
    const input = await getMethodInput(db);
    const codedInDemo = demo.highlights.filter((h) => h.codeIds.length > 0).length;
    expect(input.quotes).toBe(demo.highlights.length);
    expect(input.codedQuotes).toBe(codedInDemo - (first.codeIds.length > 0 ? 1 : 0));
    expect(input.guides).toBe(demo.guides.length);
    expect([...input.guideCohorts].sort()).toEqual(
      [...new Set(demo.guides.flatMap((g) => (g.cohort ? [g.cohort] : [])))].sort(),
    );
    expect(input.tour.accounts).toHaveLength(demo.accounts.length);
  });
});
