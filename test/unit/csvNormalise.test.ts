import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectDateOrder,
  normaliseCohort,
  normaliseDate,
  normaliseDomain,
  normaliseEmployees,
  normaliseInteger,
  normaliseList,
  normaliseMoney,
  normalisePercent,
  normaliseText,
  type Normalised,
} from '../../src/import/csv/normalise';

const value = <T>(result: Normalised<T>): T => {
  if (!result.ok) throw new Error(`expected ok, got “${result.reason}”`);
  return result.value;
};
const reason = <T>(result: Normalised<T>): string => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.reason;
};

describe('normaliseMoney', () => {
  it.each([
    ['$1,200,000', 1_200_000],
    ['1.2M', 1_200_000],
    ['€900k', 900_000],
    ['1 200 000', 1_200_000],
    ['1\u00a0200\u00a0000', 1_200_000],
    ['  $48,500.50 ', 48_500.5],
    ['1.200.000', 1_200_000],
    ['1.200,50', 1_200.5],
    ['USD 5,000', 5_000],
    ['5,000 EUR', 5_000],
    ['£1.1M', 1_100_000],
    ['¥12M', 12_000_000],
    ['2B', 2_000_000_000],
    ['0', 0],
    ['1200000', 1_200_000],
  ])('reads %s as %d', (raw, expected) => {
    expect(value(normaliseMoney(raw))).toBe(expected);
  });

  it('reads blank cells as null', () => {
    expect(value(normaliseMoney(''))).toBeNull();
    expect(value(normaliseMoney('   '))).toBeNull();
    expect(value(normaliseMoney('-'))).toBeNull();
  });

  it('refuses negatives, including accounting brackets', () => {
    expect(reason(normaliseMoney('(1,000)'))).toBe(
      'negative amounts are not allowed, got “(1,000)”',
    );
    expect(reason(normaliseMoney('-5'))).toMatch(/negative/);
    expect(reason(normaliseMoney('$-5'))).toMatch(/negative/);
  });

  it('explains words and junk', () => {
    expect(reason(normaliseMoney('twelve'))).toBe('expected a number, got “twelve”');
    expect(reason(normaliseMoney('1,2,3'))).toMatch(/expected a number/);
    expect(reason(normaliseMoney('12q'))).toMatch(/expected a number/);
  });

  it('round-trips any whole amount formatted like $1,234,567', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(value(normaliseMoney(`$${n.toLocaleString('en-US')}`))).toBe(n);
        expect(value(normaliseMoney(n.toLocaleString('en-US')))).toBe(n);
      }),
    );
  });

  it('round-trips amounts with cents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (w, c) => {
          const formatted = `$${w.toLocaleString('en-US')}.${String(c).padStart(2, '0')}`;
          expect(value(normaliseMoney(formatted))).toBeCloseTo(w + c / 100, 2);
        },
      ),
    );
  });
});

describe('normalisePercent', () => {
  it('reads percentages and fractions', () => {
    expect(value(normalisePercent('85%'))).toBe(0.85);
    expect(value(normalisePercent(' 85 % '))).toBe(0.85);
    expect(value(normalisePercent('120%'))).toBe(1.2);
    expect(value(normalisePercent('0.85'))).toBe(0.85);
    expect(value(normalisePercent('12,5%'))).toBe(0.125);
    expect(value(normalisePercent(''))).toBeNull();
  });

  it('refuses a bare number that could be either', () => {
    expect(reason(normalisePercent('85'))).toMatch(/percentage like 85% or a fraction/);
    expect(reason(normalisePercent('lots'))).toBe('expected a percentage like 85%, got “lots”');
  });
});

describe('normaliseInteger', () => {
  it('reads whole numbers with separators', () => {
    expect(value(normaliseInteger('12'))).toBe(12);
    expect(value(normaliseInteger(' 1,200 '))).toBe(1200);
    expect(value(normaliseInteger('12.0'))).toBe(12);
    expect(value(normaliseInteger(''))).toBeNull();
  });

  it('gives reasons a user understands', () => {
    expect(reason(normaliseInteger('twelve'))).toBe('expected a whole number, got “twelve”');
    expect(reason(normaliseInteger('12.5'))).toBe('expected a whole number, got “12.5”');
    expect(reason(normaliseInteger('11', { min: 0, max: 10 }))).toBe(
      'expected a whole number from 0 to 10, got “11”',
    );
    expect(reason(normaliseInteger('-1', { min: 0 }))).toBe(
      'expected a whole number of at least 0, got “-1”',
    );
  });
});

describe('normaliseEmployees', () => {
  it.each([
    ['51-200', { band: '51-200', midpoint: 126 }],
    ['1-10', { band: '1-10', midpoint: 6 }],
    ['10,001+', { band: '10,001+', midpoint: 10_001 }],
    ['1,001-5,000', { band: '1,001-5,000', midpoint: 3001 }],
    ['51 – 200', { band: '51 – 200', midpoint: 126 }],
    ['250', { band: null, midpoint: 250 }],
    [' 1,200 ', { band: null, midpoint: 1200 }],
  ])('reads %s', (raw, expected) => {
    expect(value(normaliseEmployees(raw))).toEqual(expected);
  });

  it('refuses nonsense bands', () => {
    expect(reason(normaliseEmployees('200-51'))).toMatch(/band like 51-200/);
    expect(reason(normaliseEmployees('a few'))).toBe(
      'expected an employee count or a band like 51-200, got “a few”',
    );
    expect(value(normaliseEmployees(''))).toBeNull();
  });
});

describe('normaliseDate', () => {
  it('reads ISO, month-first, day-first and dotted dates', () => {
    expect(value(normaliseDate('2024-03-05'))).toBe('2024-03-05');
    expect(value(normaliseDate(' 2024-03-05 10:22 '))).toBe('2024-03-05');
    expect(value(normaliseDate('2024-03-05T10:22:00.000Z'))).toBe('2024-03-05');
    expect(value(normaliseDate('03/05/2024', 'MDY'))).toBe('2024-03-05');
    expect(value(normaliseDate('03/05/2024', 'DMY'))).toBe('2024-05-03');
    expect(value(normaliseDate('3/5/2026, 10:22 AM', 'MDY'))).toBe('2026-03-05');
    // Dots are day-first whatever the column order says.
    expect(value(normaliseDate('05.03.2024', 'MDY'))).toBe('2024-03-05');
    expect(value(normaliseDate('2024/3/5'))).toBe('2024-03-05');
    expect(value(normaliseDate(''))).toBeNull();
  });

  it('refuses dates that do not exist', () => {
    expect(reason(normaliseDate('2024-02-30'))).toBe('“2024-02-30” is not a real calendar date');
    expect(value(normaliseDate('2024-02-29'))).toBe('2024-02-29');
    expect(reason(normaliseDate('2023-02-29'))).toMatch(/not a real calendar date/);
    expect(reason(normaliseDate('13/25/2024', 'MDY'))).toBe(
      '“13/25/2024” is not a real date when read as month/day/year',
    );
    expect(reason(normaliseDate('next Tuesday'))).toMatch(/expected a date like 2024-03-05/);
  });

  it('detects a column’s slash-date order, or says it cannot', () => {
    expect(detectDateOrder(['03/05/2024', '12/25/2024'])).toBe('MDY');
    expect(detectDateOrder(['25/12/2024', '03/05/2024'])).toBe('DMY');
    expect(detectDateOrder(['03/05/2024', '04/06/2024', ''])).toBe('ambiguous');
    expect(detectDateOrder(['25/12/2024', '12/25/2024'])).toBe('ambiguous');
    expect(detectDateOrder(['2024-03-05', '05.03.2024'])).toBe('not_needed');
  });
});

describe('normaliseDomain', () => {
  it.each([
    ['https://www.Acme.com/', 'acme.com'],
    ['http://acme.com/pricing?ref=x#top', 'acme.com'],
    ['ACME.COM', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['www.acme.com:8080', 'acme.com'],
    ['  globex.com  ', 'globex.com'],
    ['//cdn.acme.co.uk/x', 'cdn.acme.co.uk'],
    ['bäckerei.de', 'xn--bckerei-5wa.de'],
    ['www.com', 'www.com'],
  ])('normalises %s to %s', (raw, expected) => {
    expect(value(normaliseDomain(raw))).toBe(expected);
  });

  it('refuses what is not a domain', () => {
    expect(reason(normaliseDomain('acme'))).toBe('expected a domain like acme.com, got “acme”');
    expect(reason(normaliseDomain('http://localhost:3000'))).toMatch(/expected a domain/);
    expect(reason(normaliseDomain('192.168.0.1'))).toMatch(/expected a domain/);
    expect(reason(normaliseDomain('acme .com'))).toMatch(/expected a domain/);
    expect(value(normaliseDomain(''))).toBeNull();
  });

  it('is idempotent: a normalised domain normalises to itself', () => {
    const label = fc.stringMatching(/^[a-zA-Z0-9-]{1,12}$/);
    const domainish = fc
      .tuple(
        fc.constantFrom('', 'http://', 'https://', 'HTTPS://www.', 'www.', '//'),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('com', 'de', 'co.uk', 'io'),
        fc.constantFrom('', '/', '/path?q=1', ':8080', '.'),
      )
      .map(([scheme, labels, tld, tail]) => `${scheme}${labels.join('.')}.${tld}${tail}`);
    fc.assert(
      fc.property(fc.oneof(domainish, fc.string(), fc.webUrl()), (raw) => {
        const first = normaliseDomain(raw);
        if (!first.ok || first.value === null) return;
        expect(normaliseDomain(first.value)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});

describe('text, lists and cohorts', () => {
  it('keeps names as written apart from surrounding whitespace', () => {
    expect(value(normaliseText('  Nordlicht Bäckerei GmbH '))).toBe('Nordlicht Bäckerei GmbH');
    expect(value(normaliseText('<img src=x onerror=alert(1)>'))).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(value(normaliseText('=HYPERLINK("http://evil","x")'))).toBe(
      '=HYPERLINK("http://evil","x")',
    );
    expect(value(normaliseText('   '))).toBeNull();
  });

  it('splits tech stacks on semicolons and pipes, dropping blanks and repeats', () => {
    expect(value(normaliseList('HubSpot; Slack | Zapier;;slack'))).toEqual([
      'HubSpot',
      'Slack',
      'Zapier',
    ]);
    expect(value(normaliseList(''))).toEqual([]);
  });

  it('reads cohorts by id or label', () => {
    expect(value(normaliseCohort('power_user'))).toBe('power_user');
    expect(value(normaliseCohort('Power users'))).toBe('power_user');
    expect(value(normaliseCohort('Emerging promoter'))).toBe('emerging_promoter');
    expect(value(normaliseCohort('lost-deal'))).toBe('lost_deal');
    expect(value(normaliseCohort(''))).toBeNull();
    expect(reason(normaliseCohort('VIP'))).toMatch(/expected one of power user/);
  });
});

describe('every normaliser', () => {
  const all: ((raw: string) => Normalised<unknown>)[] = [
    normaliseText,
    normaliseMoney,
    normalisePercent,
    (raw) => normaliseInteger(raw, { min: 0, max: 10 }),
    normaliseEmployees,
    (raw) => normaliseDate(raw, 'MDY'),
    (raw) => normaliseDate(raw, 'DMY'),
    normaliseDomain,
    normaliseList,
    normaliseCohort,
  ];

  it('never throws and always returns a typed result on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (raw) => {
          for (const normalise of all) {
            const result = normalise(raw);
            if (result.ok) expect(result).toHaveProperty('value');
            else expect(result.reason.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
