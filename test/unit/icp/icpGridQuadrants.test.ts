import { gridSegment } from './builders';
import { describe, expect, it } from 'vitest';
import {
  groupByQuadrant,
  placeSegment,
  QUADRANT_ADVICE,
  QUADRANT_PLACEMENT,
  quadrantOf,
  QUADRANTS,
  type Quadrant,
} from '../../../src/domain/icp/icpGrid';

const segment = (label: string, pmf: number | null, gtm: number | null) =>
  gridSegment(label, pmf, gtm);

describe('groupByQuadrant', () => {
  it('lists all four quadrants in order, each with its segments and advice', () => {
    const { quadrants, unplaced } = groupByQuadrant([
      segment('A', 0.9, 0.9),
      segment('B', 0.1, 0.1),
      segment('C', 0.8, 0.6),
      segment('D', 0.2, 0.9),
      segment('E', null, 0.9),
    ]);
    expect(quadrants.map((q) => q.quadrant)).toEqual([...QUADRANTS]);
    const labels = Object.fromEntries(
      quadrants.map((q) => [q.quadrant, q.segments.map((s) => s.label)]),
    );
    expect(labels).toEqual({ Focus: ['A', 'C'], Respond: ['D'], Research: [], Ignore: ['B'] });
    expect(quadrants.every((q) => q.advice === QUADRANT_ADVICE[q.quadrant])).toBe(true);
    expect(unplaced.map((s) => s.label)).toEqual(['E']);
  });

  it('places each quadrant where quadrantOf puts its corner', () => {
    const level = { high: 1, low: 0 } as const;
    for (const q of QUADRANTS) {
      const { pmf, gtm } = QUADRANT_PLACEMENT[q];
      expect(quadrantOf(level[pmf], level[gtm])).toBe<Quadrant>(q);
    }
  });
});

describe('placeSegment: small numbers', () => {
  it('never puts a segment of fewer than 5 accounts in Focus; it goes to Research', () => {
    expect(placeSegment('Focus', 1)).toMatchObject({ quadrant: 'Research', tooFew: true });
    expect(placeSegment('Focus', 4).advice).toMatch(/^Research: too few accounts/);
    expect(placeSegment('Focus', 5)).toMatchObject({ quadrant: 'Focus', tooFew: false });
    // Elsewhere the scores stand; the segment is still marked.
    expect(placeSegment('Ignore', 1)).toMatchObject({ quadrant: 'Ignore', tooFew: true });
  });

  it('a 1-account segment scoring perfectly is listed in Research, not Focus', () => {
    const { quadrants } = groupByQuadrant([
      { ...segment('Big', 0.8, 0.8), accounts: 40 },
      { ...segment('One', 1, 1), accounts: 1, ...placeSegment('Focus', 1) },
    ]);
    const of = (q: Quadrant) =>
      quadrants.find((g) => g.quadrant === q)?.segments.map((s) => s.label);
    expect(of('Focus')).toEqual(['Big']);
    expect(of('Research')).toEqual(['One']);
  });
});
