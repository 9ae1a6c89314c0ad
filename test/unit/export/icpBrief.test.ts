import { describe, expect, it } from 'vitest';
import { derivePersonas } from '../../../src/domain/icp/personas';
import { fieldTraitFigures } from '../../../src/domain/icp/traitFigures';
import { icpMarkdown } from '../../../src/export/icpMarkdown';
import { account, code, interview, quote } from '../synthesis/builders';
import { trait } from '../icp/builders';

const version = {
  number: 3,
  status: 'in_review' as const,
  isLines: ['B2B SaaS'],
  isNotLines: ['Agencies'],
  exclusions: [],
  frozenAt: null,
  signOffs: [
    {
      name: 'Ana Ortiz',
      role: 'CEO',
      decision: 'approve' as const,
      comment: 'The evidence holds.',
      at: '2026-02-01T10:00:00.000Z',
    },
    {
      name: 'Raj *Rao*',
      role: 'VP Sales',
      decision: 'request_changes' as const,
      comment: '',
      at: '2026-02-02T10:00:00.000Z',
    },
  ],
};

const accounts = [
  account('p1', 'power_user', { name: 'Acme', techStack: ['Salesforce'] }),
  account('p2', 'power_user', { name: 'Beta' }),
  account('c1', 'churner', { name: 'Gamma' }),
  account('l1', 'lost_deal', { name: 'Delta' }),
];
const salesforce = trait('sf', {
  name: 'Runs Salesforce',
  weight: 5,
  component: 'technographic',
  rule: { op: 'equals', field: 'techStack', value: 'Salesforce' },
});
const scored = [
  { accountId: 'p1', cohort: 'power_user' as const, score: 5, matched: ['sf'] },
  { accountId: 'p2', cohort: 'power_user' as const, score: 0, matched: [] },
  { accountId: 'c1', cohort: 'churner' as const, score: 0, matched: [] },
  { accountId: 'l1', cohort: 'lost_deal' as const, score: 0, matched: [] },
].map((s) => ({ ...s, excluded: false, reasons: [] }));
const highlights = [
  quote('q1', interview('i1', 'p1'), ['pain'], { speaker: 'Ana Ortiz' }),
  quote('q2', interview('i2', 'p2'), ['pain']),
];

const brief = icpMarkdown(version, [salesforce], highlights, accounts, null, {
  separation: 0.75,
  fieldFigures: fieldTraitFigures([salesforce], scored),
  personas: derivePersonas({
    accounts,
    contacts: [{ accountId: 'p1', name: 'Ana Ortiz', title: 'VP RevOps', buyingRole: 'champion' }],
    highlights,
    codes: [code('pain', 'pain_point', 'Manual reporting')],
  }),
  findings: [
    {
      finding: { statement: 'Power users live in Salesforce', status: 'accepted' },
      evidence: '2 quotes from 2 accounts: Power users 2',
    },
    { finding: { statement: 'Rejected idea', status: 'rejected' }, evidence: '1 quote' },
  ],
});

describe('the brief', () => {
  it('gives a draft its separation figure, as of today', () => {
    expect(brief).toContain('Figures as of today.\n\nSeparation (AUC): 0.75. Moderate:');
  });

  it('lists reviewer decisions with the reviewers, escaping their names', () => {
    expect(brief).toContain(
      '## Reviewer decisions\n- Ana Ortiz (CEO): Approved on 2026-02-01 — “The evidence holds.”\n' +
        '- Raj \\*Rao\\* (VP Sales): Changes requested on 2026-02-02',
    );
  });

  it('gives a field-based trait its power-user vs churner figures, not zero quotes', () => {
    expect(brief).toContain(
      '### Runs Salesforce (+5, must-have, technographic)\n\n' +
        'Matches 1 of 2 power users vs 0 of 2 churners and lost deals.',
    );
    expect(brief).not.toContain('Evidence: 0 accounts, 0 quotes');
  });

  it('describes personas with evidence, titles, goals and pains', () => {
    expect(brief).toContain('## Personas\n\nBuying roles at 2 power-user accounts');
    expect(brief).toContain('### Champion\n\n- Evidence: 1 account, 1 quote (small sample)');
    expect(brief).toContain('- Titles seen: VP RevOps (1)');
    expect(brief).toContain('- Pains: Manual reporting (1 account)');
    expect(brief).toContain('- Goals: _none coded yet_');
  });

  it('lists findings with their evidence, leaving rejected ones out', () => {
    expect(brief).toContain(
      '## Findings\n- Power users live in Salesforce (accepted; 2 quotes from 2 accounts: Power users 2)',
    );
    expect(brief).not.toContain('Rejected idea');
  });

  it('says when nobody has decided yet', () => {
    const empty = icpMarkdown({ ...version, signOffs: [] }, [], [], accounts);
    expect(empty).toContain('## Reviewer decisions\n- _No decisions recorded yet._');
  });
});
