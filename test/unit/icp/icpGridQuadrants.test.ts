import { describe, expect, it } from 'vitest';
import {
  groupByQuadrant,
  QUADRANT_ADVICE,
  QUADRANT_PLACEMENT,
  quadrantOf,
  QUADRANTS,
  type GridSegment,
  type Quadrant,
} from '../../../src/domain/icp/icpGrid';

function segment(label: string, pmf: number | null, gtm: number | null): GridSegment {
  const quadrant = quadrantOf(pmf, gtm);
  return {
    label,
    values: [label],
    accounts: 1,
    pmf,
    gtm,
    components: {
      retention: null,
      nps: null,
      corePain: null,
      productFit: null,
      winRate: null,
      salesCycle: null,
      dealVolume: null,
    },
    quadrant,
    advice: quadrant && QUADRANT_ADVICE[quadrant],
  };
}

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
