import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyNameKey, likelyDuplicates } from '../../../src/domain/normalising/companyNames';

const SUFFIXES = [
  'Inc',
  'Inc.',
  ', Inc.',
  'LLC',
  ', L.L.C.',
  'Ltd',
  'Ltd.',
  'Limited',
  'Co',
  'Co.',
  '& Co.',
  'Corp.',
  'Corporation',
  'GmbH',
  'GmbH & Co. KG',
  'AG',
  'S.A.',
  'SA',
  'Sp. z o.o.',
  'K.K.',
  'B.V.',
  'plc',
  'Pty Ltd',
];

// Words that are not legal forms, so a generated name is a real name and not a suffix.
const word = fc
  .stringMatching(/^[A-Za-z]{3,10}$/)
  .filter((w) => companyNameKey(`x ${w}`) === `x ${w.toLowerCase()}`);
const baseName = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

describe('companyNameKey', () => {
  it('matches names that differ only in their legal form', () => {
    fc.assert(
      fc.property(baseName, fc.constantFrom(...SUFFIXES), (name, suffix) => {
        expect(companyNameKey(`${name} ${suffix}`)).toBe(companyNameKey(name));
      }),
    );
  });

  it('matches names that differ only in case, punctuation and spacing', () => {
    const variant = fc.constantFrom(
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      (s: string) => `  ${s.replace(/ /g, '   ')}. `,
      (s: string) => s.replace(/ /g, '-'),
      (s: string) => `${s},`,
    );
    fc.assert(
      fc.property(baseName, variant, (name, change) => {
        expect(companyNameKey(change(name))).toBe(companyNameKey(name));
      }),
    );
  });

  it('keeps distinct companies apart when they share words', () => {
    fc.assert(
      fc.property(baseName, word, word, (shared, a, b) => {
        fc.pre(a.toLowerCase() !== b.toLowerCase());
        expect(companyNameKey(`${shared} ${a}`)).not.toBe(companyNameKey(`${shared} ${b}`));
        expect(companyNameKey(`${shared} ${a}`)).not.toBe(companyNameKey(shared));
      }),
    );
  });

  it('reads the spellings a CRM export carries', () => {
    expect(companyNameKey('Harbor Health Partners')).toBe(
      companyNameKey('Harbor Health Partners LLC'),
    );
    expect(companyNameKey('Lakeside Realty Co.')).toBe(companyNameKey('Lakeside Realty'));
    expect(companyNameKey('Nordlicht Bäckerei GmbH')).toBe(companyNameKey('nordlicht backerei'));
    expect(companyNameKey('Harbor Health')).not.toBe(companyNameKey('Harbor Dental'));
    // A name that is only a legal form is still a name.
    expect(companyNameKey('Co.')).toBe('co');
  });
});

describe('likelyDuplicates', () => {
  it('lists groups of two or more only', () => {
    const groups = likelyDuplicates([
      { id: 'a', name: 'Acme Inc.' },
      { id: 'b', name: 'Globex' },
      { id: 'c', name: 'ACME' },
    ]);
    expect(groups.map((g) => g.map((r) => r.id))).toEqual([['a', 'c']]);
  });
});
