import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accountsScoresCsv } from '../../../src/export/accountsScoresCsv';
import { icpMarkdown } from '../../../src/export/icpMarkdown';
import { account, interview, quote } from '../synthesis/builders';
import { trait } from '../icp/builders';

const version = {
  number: 1,
  status: 'signed_off' as const,
  isLines: ['B2B SaaS'],
  isNotLines: [],
  exclusions: [],
  frozenAt: '2026-02-01T00:00:00.000Z',
};

describe('exports of a signed-off version', () => {
  it('writes the brief with the evidence counts and separation it was signed off on', () => {
    const accounts = [account('p', 'power_user', { name: 'Acme' })];
    // Today there are two quotes behind the trait; at sign-off there were five accounts.
    const highlights = [
      quote('q1', interview('i1', 'p'), ['pain']),
      quote('q2', interview('i1', 'p'), ['pain']),
    ];
    const traits = [trait('t', { name: 'Pain', weight: 5, codeIds: ['pain'] })];
    const md = icpMarkdown(version, traits, highlights, accounts, {
      evidence: { t: { accounts: 5, quotes: 7 } },
      separation: 0.82,
    });
    expect(md).toContain('# Ideal Customer Profile — version 1');
    expect(md).toContain('Figures as signed off on 2026-02-01.');
    expect(md).toContain('Separation (AUC): 0.82. Strong:');
    expect(md).toContain('Evidence: 5 accounts, 7 quotes.');
    expect(md).not.toContain('Evidence: 1 accounts, 2 quotes.');
    // Without frozen figures the brief counts today's evidence, as before.
    const live = icpMarkdown(
      { ...version, status: 'draft', frozenAt: null },
      traits,
      highlights,
      accounts,
    );
    expect(live).toContain('Evidence: 1 accounts, 2 quotes.');
    expect(live).not.toContain('Separation');
  });

  it('leaves an excluded account without a score in the CSV', () => {
    const csv = accountsScoresCsv(
      [account('x', 'churner', { name: 'Xeno' })],
      [
        {
          accountId: 'x',
          cohort: 'churner',
          score: -2,
          matched: [],
          excluded: true,
          reasons: ['Excluded at sign-off'],
        },
      ],
    );
    expect(Papa.parse<string[]>(csv).data[1]).toEqual([
      'Xeno',
      '',
      'Churner',
      '',
      'yes',
      'Excluded at sign-off',
    ]);
  });
});
