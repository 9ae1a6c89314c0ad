import { describe, expect, it } from 'vitest';
import {
  codeComparison,
  cohortTopCodes,
  describeRatio,
} from '../../../src/domain/synthesis/codeNumbers';
import { buildEvidenceMatrix } from '../../../src/domain/synthesis/evidenceMatrix';
import { account, code, deal, interview, quote, workspace } from './builders';

const interviews = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => interview(`i-${id}`, id));
const on = (id: string) => {
  const found = interviews.find((i) => i.accountId === id);
  if (!found) throw new Error(id);
  return found;
};

const input = workspace({
  codes: [
    code('pain', 'pain_point', 'Manual reporting'),
    code('view', 'pain_point', 'No single view'),
    code('exec', 'buying_trigger', 'New executive'),
  ],
  accounts: [
    account('a1', 'power_user', { arr: 100, salesCycleDays: 20, nps: 9 }),
    account('a2', 'power_user', { arr: 300, salesCycleDays: 40, nps: 10 }),
    account('a3', 'churner', { arr: 50, salesCycleDays: 90, nps: 3 }),
    account('a4', 'lost_deal', { salesCycleDays: 120 }),
    account('a5', 'emerging_promoter', { arr: 80, salesCycleDays: 30, nps: 8 }),
    // Never interviewed: neither citing nor "not citing".
    account('a6', 'power_user', { arr: 1_000 }),
  ],
  interviews,
  highlights: [
    quote('q1', on('a1'), ['pain', 'exec']),
    quote('q2', on('a1'), ['pain']),
    quote('q3', on('a2'), ['pain', 'view']),
    quote('q4', on('a3'), ['view']),
    quote('q5', on('a5'), ['exec']),
  ],
  deals: [
    deal('d1', 'a1', { stage: 'won' }),
    deal('d2', 'a2', { stage: 'won' }),
    deal('d3', 'a2', { stage: 'lost' }),
    deal('d4', 'a3', { stage: 'won' }),
    deal('d5', 'a3', { stage: 'lost' }),
    deal('d6', 'a4', { stage: 'lost' }),
    deal('d7', 'a5', { stage: 'open' }),
    deal('d8', 'a6', { stage: 'won' }),
  ],
});

describe('codeComparison', () => {
  const comparison = codeComparison(input, 'pain');

  it('compares interviewed accounts citing the code with those that do not', () => {
    expect(comparison?.citing).toEqual({
      accounts: 2,
      arr: { value: 200, n: 2 },
      salesCycleDays: { value: 30, n: 2 },
      nps: { value: 9.5, n: 2 },
      winRate: { value: 2 / 3, won: 2, closed: 3 },
    });
    expect(comparison?.notCiting).toEqual({
      accounts: 3,
      arr: { value: 65, n: 2 },
      salesCycleDays: { value: 90, n: 3 },
      nps: { value: 5.5, n: 2 },
      winRate: { value: 1 / 3, won: 1, closed: 3 },
    });
    expect(comparison?.smallSample).toBe(true);
  });

  it('says each ratio in words', () => {
    expect(comparison?.statements).toEqual([
      'accounts citing this pain have 3.1× the median ARR',
      'accounts citing this pain have 0.3× the median sales cycle',
      'accounts citing this pain have 1.7× the median NPS',
      'accounts citing this pain have 2.0× the win rate',
    ]);
  });

  it('is null for a code outside the codebook or the kind filter', () => {
    expect(codeComparison(input, 'nope')).toBeNull();
    expect(codeComparison(input, 'pain', { codeKinds: ['buying_trigger'] })).toBeNull();
  });

  it('uses the words of the code kind', () => {
    expect(codeComparison(input, 'exec')?.statements[0]).toBe(
      'accounts citing this trigger have 0.5× the median ARR',
    );
  });
});

describe('describeRatio', () => {
  it('writes the ratio to one decimal', () => {
    expect(describeRatio(210_000, 100_000, 'median ARR', 'accounts citing this pain')).toBe(
      'accounts citing this pain have 2.1× the median ARR',
    );
    expect(describeRatio(3, 2, 'win rate')).toBe(
      'accounts citing this code have 1.5× the win rate',
    );
  });

  it('is null when there is nothing to compare', () => {
    expect(describeRatio(null, 1, 'x')).toBeNull();
    expect(describeRatio(1, null, 'x')).toBeNull();
    expect(describeRatio(1, 0, 'x')).toBeNull();
  });
});

describe('cohortTopCodes', () => {
  const matrix = buildEvidenceMatrix(input);

  it('takes the codes cited by the most accounts in the cohort', () => {
    expect(cohortTopCodes(matrix, 'power_user', 2)).toEqual([
      { code: expect.objectContaining({ id: 'pain' }), accounts: 2, share: 1, quotes: 3 },
      // exec and view both reach 1 power user and 2 accounts overall: codebook order decides.
      { code: expect.objectContaining({ id: 'view' }), accounts: 1, share: 0.5, quotes: 1 },
    ]);
  });

  it('leaves out codes nobody in the cohort cited', () => {
    expect(cohortTopCodes(matrix, 'churner', 5).map((t) => t.code.id)).toEqual(['view']);
    expect(cohortTopCodes(matrix, 'lost_deal', 5)).toEqual([]);
  });
});
