import { describe, expect, it } from 'vitest';
import { derivePersonas } from '../../../src/domain/icp/personas';
import { fieldTraitFigures, describeTraitFigures } from '../../../src/domain/icp/traitFigures';
import type { Contact } from '../../../src/domain/schemas/contact';
import { account, code, interview, quote } from '../synthesis/builders';
import { trait } from './builders';

const person = (
  accountId: string,
  name: string,
  buyingRole: Contact['buyingRole'],
  title: string | null,
) => ({ accountId, name, buyingRole, title });

describe('derivePersonas', () => {
  const accounts = [
    account('p1', 'power_user'),
    account('p2', 'power_user'),
    account('c', 'churner'),
  ];
  const contacts = [
    person('p1', 'Ana Ortiz', 'champion', 'VP RevOps'),
    person('p2', 'Bo Li', 'champion', 'VP RevOps'),
    person('p2', 'Cy Dee', 'economic_buyer', 'CFO'),
    // A churner's champion is no evidence for the ICP's personas.
    person('c', 'Di Eve', 'champion', 'Head of CS'),
  ];
  const codes = [
    code('pain', 'pain_point', 'Manual reporting'),
    code('goal', 'outcome', 'Forecast renewals'),
    code('persona-eb', 'persona', 'Economic buyer'),
  ];
  const highlights = [
    quote('q1', interview('i1', 'p1'), ['pain'], { speaker: 'ana ortiz ' }),
    quote('q2', interview('i2', 'p2'), ['pain', 'goal'], { speaker: 'Bo Li' }),
    // Coded with the economic buyer's persona code, whoever said it.
    quote('q3', interview('i2', 'p2'), ['goal', 'persona-eb'], { speaker: 'Bo Li' }),
    quote('q4', interview('i3', 'c'), ['pain'], { speaker: 'Di Eve' }),
  ];

  it('derives one persona per buying role at power users, with titles, goals and pains', () => {
    const { personas, base } = derivePersonas({ accounts, contacts, highlights, codes });
    expect(base).toBe(2);
    expect(personas.map((p) => p.name)).toEqual(['Champion', 'Economic buyer']);
    const [champion, buyer] = personas;
    expect(champion).toMatchObject({
      accounts: 2,
      quotes: 3,
      titles: [{ title: 'VP RevOps', contacts: 2 }],
      pains: [{ name: 'Manual reporting', accounts: 2, quotes: 2 }],
      goals: [{ name: 'Forecast renewals', accounts: 1, quotes: 2 }],
    });
    expect(buyer).toMatchObject({
      accounts: 1,
      quotes: 1,
      titles: [{ title: 'CFO', contacts: 1 }],
      goals: [{ name: 'Forecast renewals', accounts: 1, quotes: 1 }],
      pains: [],
    });
  });
});

describe('fieldTraitFigures', () => {
  it('counts the power users and churners or lost deals a field-based trait matches', () => {
    const sf = trait('sf', { rule: { op: 'equals', field: 'techStack', value: 'Salesforce' } });
    const quoted = trait('q', { rule: { op: 'has_code', codeId: 'pain' } });
    const scored = [
      { cohort: 'power_user' as const, matched: ['sf'] },
      { cohort: 'power_user' as const, matched: [] },
      { cohort: 'churner' as const, matched: [] },
      { cohort: 'lost_deal' as const, matched: ['sf'] },
      { cohort: 'emerging_promoter' as const, matched: ['sf'] },
    ];
    const figures = fieldTraitFigures([sf, quoted], scored);
    expect([...figures.keys()]).toEqual(['sf']);
    const sfFigures = figures.get('sf');
    expect(sfFigures && describeTraitFigures(sfFigures)).toBe(
      '1 of 2 power users vs 1 of 2 churners and lost deals',
    );
  });
});
