import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accountsScoresCsv } from '../../../src/export/accountsScoresCsv';
import { icpMarkdown } from '../../../src/export/icpMarkdown';
import { scoreAccount, traitReason } from '../../../src/domain/icp/scoring';
import { account, interview, quote } from '../synthesis/builders';
import { trait } from '../icp/builders';

describe('icpMarkdown', () => {
  it('writes IS / IS NOT, traits with evidence, and one strongest quote per account', () => {
    const accounts = [
      account('p', 'power_user', { name: 'Acme' }),
      account('c', 'churner', { name: 'Beta' }),
    ];
    const highlights = [
      quote('q1', interview('i1', 'p'), ['pain'], {
        anchor: {
          exact: 'Manual reporting ate\nten hours',
          prefix: '',
          suffix: '',
          start: 0,
          end: 5,
          source: 'notes',
        },
      }),
      quote('q2', interview('i1', 'p'), ['pain']),
      quote('q3', interview('i2', 'c'), ['pain']),
    ];
    const md = icpMarkdown(
      {
        number: 2,
        status: 'signed_off',
        isLines: ['B2B SaaS'],
        isNotLines: [],
        exclusions: ['Agencies'],
        frozenAt: '2026-02-01T00:00:00.000Z',
      },
      [
        trait('t', {
          name: 'Manual reporting',
          weight: 5,
          rule: { op: 'has_code', codeId: 'pain' },
        }),
      ],
      highlights,
      accounts,
    );
    expect(md).toContain('# Ideal Customer Profile — version 2');
    expect(md).toContain('Status: Signed off (2026-02-01)');
    expect(md).toContain('## ICP IS\n- B2B SaaS');
    expect(md).toContain('## ICP IS NOT\n- _None yet_');
    expect(md).toContain('### Manual reporting (+5, must-have, firmographic)');
    expect(md).toContain('Evidence: 2 accounts, 3 quotes.');
    expect(md).toContain('> “Manual reporting ate ten hours” — Acme');
    expect(md.match(/^> /gm)).toHaveLength(2);
  });
});

describe('accountsScoresCsv', () => {
  it('writes a header and a row per account, escaping formula-like cells', () => {
    const csv = accountsScoresCsv(
      [
        account('a', 'power_user', { name: '=HYPERLINK("http://x")' }),
        account('b', null, { name: 'Beta' }),
      ],
      [
        {
          accountId: 'a',
          cohort: 'power_user',
          score: 8,
          matched: [],
          excluded: false,
          reasons: ['Pain (+5)', 'Big (-1)'],
        },
      ],
    );
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual(['Account', 'Domain', 'Cohort', 'ICP score', 'Excluded', 'Reasons']);
    expect(rows[1]).toEqual([
      '\'=HYPERLINK("http://x")',
      '',
      'Power user',
      '8',
      'no',
      'Pain (+5); Big (-1)',
    ]);
    expect(rows[2]).toEqual(['Beta', '', '', '', 'no', '']);
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('starts with a UTF-8 BOM so Excel reads accents, and no Reasons cell needs a guard', () => {
    const melange = account('m', 'power_user', { name: 'Mélange' });
    const traits = [
      trait('sf', { name: 'Runs Salesforce', weight: 5 }),
      trait('big', { name: 'Big team', weight: -3 }),
    ];
    const scored = [{ ...scoreAccount(melange, [], new Map()), reasons: traits.map(traitReason) }];
    const csv = accountsScoresCsv([melange], scored);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toMatch(/^Account,/);
    const rows = Papa.parse<string[]>(csv.slice(1)).data.slice(1);
    expect(rows[0]?.[0]).toBe('Mélange');
    expect(rows[0]?.[5]).toBe('Runs Salesforce (+5); Big team (-3)');
    for (const row of rows) expect(row[5]).not.toMatch(/^'/);
  });

  it('writes a negative score as a number the spreadsheet can sort, not as escaped text', () => {
    const csv = accountsScoresCsv(
      [account('c', 'churner', { name: 'Gamma' })],
      [
        {
          accountId: 'c',
          cohort: 'churner',
          score: -3,
          matched: [],
          excluded: false,
          reasons: ['-3 written by hand'],
        },
      ],
    );
    const row = Papa.parse<string[]>(csv).data[1];
    expect(row?.[3]).toBe('-3');
    // Text cells starting with a minus are still escaped.
    expect(row?.[5]).toBe("'-3 written by hand");
  });
});
