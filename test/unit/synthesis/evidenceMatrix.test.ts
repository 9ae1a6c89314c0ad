import { describe, expect, it } from 'vitest';
import {
  buildEvidenceMatrix,
  cellQuotes,
  groupMatrixRows,
  sortMatrixRows,
  type MatrixRow,
} from '../../../src/domain/synthesis/evidenceMatrix';
import { account, code, interview, quote, workspace } from './builders';

const codes = [
  code('sf', 'failure_product', 'Missing Salesforce'),
  code('exec', 'buying_trigger', 'New executive'),
  code('noview', 'pain_point', 'No single view'),
  code('manual', 'pain_point', 'Manual reporting'),
];
const accounts = [
  account('p1', 'power_user'),
  account('p2', 'power_user'),
  account('p3', 'power_user'),
  account('e1', 'emerging_promoter'),
  account('c1', 'churner'),
  account('c2', 'churner'),
  account('l1', 'lost_deal'),
  account('u1', null),
];
const i1 = interview('i1', 'p1', '2026-01-10');
const i2 = interview('i2', 'p1', '2026-02-10', { interviewer: 'Lee' });
const i3 = interview('i3', 'p2', '2026-02-01');
// Scheduled and empty: p3 has not been interviewed yet.
const i4 = interview('i4', 'p3', '2026-04-01', { status: 'planned', notes: '' });
const i5 = interview('i5', 'c1', '2026-01-20', { interviewer: 'Lee' });
const i6 = interview('i6', 'c2', '2026-02-15');
const i7 = interview('i7', 'l1', '2026-03-01');
const i8 = interview('i8', 'u1', '2026-03-02');

const input = workspace({
  accounts,
  codes,
  interviews: [i1, i2, i3, i4, i5, i6, i7, i8],
  highlights: [
    // p1 is talkative: three quotes on manual reporting over two calls are one account.
    quote('q1', i1, ['manual'], { anchor: { ...anchorAt(40) } }),
    quote('q2', i1, ['manual'], { anchor: { ...anchorAt(10) } }),
    quote('q3', i2, ['manual']),
    // Tagged twice with one code by accident: still one quote.
    quote('q4', i3, ['manual', 'manual', 'exec'], { traitIds: ['t-big'] }),
    quote('q5', i5, ['manual', 'sf'], { speaker: 'Ana' }),
    quote('q6', i5, ['sf']),
    quote('q7', i6, ['sf']),
    quote('q8', i7, ['sf']),
    quote('q9', i8, ['noview']),
    // Its interview is gone: nothing to link to, nothing to count.
    quote('q10', { id: 'deleted', accountId: 'c2' }, ['manual']),
  ],
});

function anchorAt(start: number) {
  return {
    exact: `at ${start}`,
    prefix: '',
    suffix: '',
    start,
    end: start + 5,
    source: 'notes' as const,
  };
}

const row = (rows: readonly MatrixRow[], id: string) => {
  const found = rows.find((r) => r.code.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('buildEvidenceMatrix', () => {
  const matrix = buildEvidenceMatrix(input);

  it('counts interviewed accounts per cohort, leaving out scheduled empty interviews', () => {
    expect(matrix.cohorts).toEqual([
      { cohort: 'power_user', interviewedAccounts: 2 },
      { cohort: 'emerging_promoter', interviewedAccounts: 0 },
      { cohort: 'churner', interviewedAccounts: 2 },
      { cohort: 'lost_deal', interviewedAccounts: 1 },
      { cohort: 'unassigned', interviewedAccounts: 1 },
    ]);
  });

  it('counts distinct accounts per cell, with quotes alongside', () => {
    const manual = row(matrix.rows, 'manual');
    expect(manual.cells.power_user).toEqual({ accounts: 2, share: 1, quotes: 4 });
    expect(manual.cells.churner).toEqual({ accounts: 1, share: 0.5, quotes: 1 });
    expect(manual.cells.lost_deal).toEqual({ accounts: 0, share: 0, quotes: 0 });
    expect(manual.cells.emerging_promoter).toEqual({ accounts: 0, share: null, quotes: 0 });
    expect(manual.totalAccounts).toBe(3);
    expect(manual.totalQuotes).toBe(5);
    expect(manual.spread).toBe(2);

    const sf = row(matrix.rows, 'sf');
    expect(sf.cells.churner).toEqual({ accounts: 2, share: 1, quotes: 3 });
    expect(sf.cells.lost_deal).toEqual({ accounts: 1, share: 1, quotes: 1 });
    expect(sf.spread).toBe(2);

    const noview = row(matrix.rows, 'noview');
    expect(noview.cells.unassigned).toEqual({ accounts: 1, share: 1, quotes: 1 });
    // Unassigned accounts are not a cohort, so they add nothing to the spread.
    expect(noview.spread).toBe(0);
    expect(row(matrix.rows, 'exec').cells.power_user).toEqual({
      accounts: 1,
      share: 0.5,
      quotes: 1,
    });
  });

  it('lists every code in codebook order: by kind, then name', () => {
    expect(matrix.rows.map((r) => r.code.id)).toEqual(['manual', 'noview', 'exec', 'sf']);
  });

  it('counts a quote under its interview’s account, not a stale denormalised copy', () => {
    const stale = workspace({
      ...input,
      highlights: [quote('x', { id: 'i6', accountId: 'p1' }, ['exec'])],
    });
    const exec = row(buildEvidenceMatrix(stale).rows, 'exec');
    expect(exec.cells.churner.accounts).toBe(1);
    expect(exec.cells.power_user.accounts).toBe(0);
  });

  it('treats a planned interview that already has notes or quotes as held', () => {
    const taken = workspace({
      ...input,
      interviews: [i4, { ...i5, status: 'planned', notes: 'typed before pressing start' }],
      highlights: [quote('x', i4, ['exec'])],
    });
    const matrix = buildEvidenceMatrix(taken);
    expect(matrix.cohorts.find((c) => c.cohort === 'power_user')?.interviewedAccounts).toBe(1);
    expect(matrix.cohorts.find((c) => c.cohort === 'churner')?.interviewedAccounts).toBe(1);
  });
});

describe('filters', () => {
  const cell = (filters: Parameters<typeof buildEvidenceMatrix>[1], id: string) =>
    row(buildEvidenceMatrix(input, filters).rows, id).cells;

  it('date range bounds interviews inclusively, denominators included', () => {
    const matrix = buildEvidenceMatrix(input, { dateFrom: '2026-02-01', dateTo: '2026-02-15' });
    expect(matrix.cohorts.map((c) => c.interviewedAccounts)).toEqual([2, 0, 1, 0, 0]);
    expect(row(matrix.rows, 'manual').cells.power_user).toEqual({
      accounts: 2,
      share: 1,
      quotes: 2,
    });
    expect(row(matrix.rows, 'sf').cells.churner).toEqual({ accounts: 1, share: 1, quotes: 1 });
  });

  it('interviewer matches case-insensitively', () => {
    const matrix = buildEvidenceMatrix(input, { interviewer: ' lee ' });
    expect(matrix.cohorts.map((c) => c.interviewedAccounts)).toEqual([1, 0, 1, 0, 0]);
    expect(row(matrix.rows, 'manual').cells.power_user.quotes).toBe(1);
    expect(row(matrix.rows, 'sf').cells.churner).toEqual({ accounts: 1, share: 1, quotes: 2 });
  });

  it('trait keeps only tagged quotes but not the denominators', () => {
    expect(cell({ traitId: 't-big' }, 'manual').power_user).toEqual({
      accounts: 1,
      share: 0.5,
      quotes: 1,
    });
    expect(cell({ traitId: 't-big' }, 'sf').churner.accounts).toBe(0);
  });

  it('code kinds keep only rows of those kinds; empty strings mean no filter', () => {
    const matrix = buildEvidenceMatrix(input, {
      codeKinds: ['failure_product'],
      dateFrom: '',
      interviewer: '',
      traitId: '',
    });
    expect(matrix.rows.map((r) => r.code.id)).toEqual(['sf']);
    expect(matrix.cohorts.map((c) => c.interviewedAccounts)).toEqual([2, 0, 2, 1, 1]);
  });
});

describe('sortMatrixRows', () => {
  const wide = workspace({
    ...input,
    codes: [...codes, code('churn', 'pain_point', 'Churn surprises')],
    highlights: [
      ...input.highlights,
      quote('w1', i3, ['churn']),
      quote('w2', i6, ['churn']),
      quote('w3', i7, ['churn']),
    ],
  });
  const rows = buildEvidenceMatrix(wide).rows;

  it('by spread: most cohorts first, then most accounts, within each kind', () => {
    expect(sortMatrixRows(rows, { by: 'spread' }).map((r) => r.code.id)).toEqual([
      'churn', // 3 cohorts
      'manual', // 2 cohorts
      'noview',
      'exec',
      'sf',
    ]);
  });

  it('by one cohort: highest share there first, kinds still grouped', () => {
    const sorted = sortMatrixRows(rows, { by: 'cohort', cohort: 'churner' });
    // churn and manual both reach 1 of 2 churners and 3 accounts overall: the name decides.
    expect(sorted.map((r) => [r.code.id, r.cells.churner.share])).toEqual([
      ['churn', 0.5],
      ['manual', 0.5],
      ['noview', 0],
      ['exec', 0],
      ['sf', 1],
    ]);
    expect(sortMatrixRows(rows, { by: 'cohort', cohort: 'emerging_promoter' })).toHaveLength(5);
  });

  it('groups consecutive rows by kind with their labels', () => {
    expect(groupMatrixRows(rows).map((g) => [g.label, g.rows.length])).toEqual([
      ['Pain point', 3],
      ['Buying trigger', 1],
      ['Failure reason: product', 1],
    ]);
  });
});

describe('cellQuotes', () => {
  it('lists the quotes behind a cell, oldest interview first and in text order', () => {
    const quotes = cellQuotes(input, {}, 'manual', 'power_user');
    expect(quotes.map((q) => q.highlight.id)).toEqual(['q2', 'q1', 'q4', 'q3']);
    expect(quotes[0]).toMatchObject({
      text: 'at 10',
      account: { id: 'p1' },
      interview: { id: 'i1' },
      cohort: 'power_user',
    });
  });

  it('carries speaker and honours the filters', () => {
    const [only, ...rest] = cellQuotes(input, { interviewer: 'Lee' }, 'sf', 'churner');
    expect(rest).toHaveLength(1);
    expect(only).toMatchObject({ speaker: 'Ana', highlight: { id: 'q5' } });
    expect(cellQuotes(input, { codeKinds: ['pain_point'] }, 'sf', 'churner')).toEqual([]);
  });
});
