import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_LABELS, COHORT_SINGULAR, COHORTS } from '../../src/domain/schemas/cohort';
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
  quoteCell,
  slashDateParts,
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

/** Any cell text, including the odd characters spreadsheets and CRMs let through. */
const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);
/** Runs of digits longer than any real amount, with the suffixes and signs money cells carry. */
const hugeNumber = fc
  .tuple(
    fc.stringMatching(/^[1-9]\d{0,5}$/),
    fc.integer({ min: 0, max: 400 }),
    fc.constantFrom('', '%', 'k', 'M', 'B', 'bn', '.5'),
    fc.constantFrom('', '$', 'EUR '),
  )
  .map(([digits, zeros, suffix, currency]) => `${currency}${digits}${'0'.repeat(zeros)}${suffix}`);
const padding = fc.constantFrom('', ' ', '  ', '\t', '\u00a0');

describe('normaliseText', () => {
  it('keeps the text minus surrounding whitespace, blank becomes null, and is idempotent', () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const result = value(normaliseText(raw));
        expect(result).toBe(raw.trim() === '' ? null : raw.trim());
        if (result !== null) expect(value(normaliseText(result))).toBe(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normaliseMoney', () => {
  it('reads amounts grouped with the narrow spaces of French exports', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const formatted = n.toLocaleString('fr-FR');
        expect(value(normaliseMoney(`${formatted} €`))).toBe(n);
      }),
    );
  });

  it('scales k, M and B suffixes, with or without a currency', () => {
    const suffix = fc.constantFrom(['k', 1e3], ['K', 1e3], ['M', 1e6], ['mm', 1e6], ['B', 1e9]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 9 }),
        suffix,
        fc.constantFrom('', '$', '€', 'USD '),
        (whole, tenth, [letter, multiplier], currency) => {
          const raw = `${currency}${whole}.${tenth}${letter as string}`;
          expect(value(normaliseMoney(raw))).toBe(
            Math.round((whole + tenth / 10) * (multiplier as number) * 100) / 100,
          );
        },
      ),
    );
  });

  it('only ever accepts finite, non-negative amounts in whole cents', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, hugeNumber), (raw) => {
        const result = normaliseMoney(raw);
        if (!result.ok) {
          expect(result.reason).toContain(quoteCell(raw));
          return;
        }
        if (result.value === null) return;
        expect(Number.isFinite(result.value)).toBe(true);
        expect(result.value).toBeGreaterThanOrEqual(0);
        expect(Math.round(result.value * 100) / 100).toBe(result.value);
      }),
      { numRuns: 1000 },
    );
    const huge = `1${'0'.repeat(300)}B`;
    expect(reason(normaliseMoney(huge))).toBe(
      `the number is too large to store, got ${quoteCell(huge)}`,
    );
  });
});

describe('normalisePercent', () => {
  it('reads “p%” as p/100, with a dot or a decimal comma', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('.', ','),
        padding,
        (whole, hundredths, separator, pad) => {
          const raw = `${pad}${whole}${separator}${String(hundredths).padStart(2, '0')}${pad}%`;
          expect(value(normalisePercent(raw))).toBeCloseTo((whole + hundredths / 100) / 100, 9);
        },
      ),
    );
  });

  it('reads a bare fraction as itself, and refuses a bare number above 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const fraction = n / 10_000;
        expect(value(normalisePercent(String(fraction)))).toBe(fraction);
        if (n > 0) expect(value(normalisePercent(`-${fraction}`))).toBe(-fraction);
        expect(reason(normalisePercent(String(n + 2)))).toMatch(/or a fraction like 0\.85/);
      }),
    );
  });

  it('only ever accepts finite percentages', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, hugeNumber), (raw) => {
        const result = normalisePercent(raw);
        if (result.ok && result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    const huge = `${'9'.repeat(400)}%`;
    expect(reason(normalisePercent(huge))).toBe(
      `the number is too large to store, got ${quoteCell(huge)}`,
    );
  });
});

describe('normaliseInteger', () => {
  it('round-trips any safe whole number, plain or with thousands separators', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), padding, (n, pad) => {
        expect(value(normaliseInteger(`${pad}${n}${pad}`))).toBe(n);
        expect(value(normaliseInteger(n.toLocaleString('en-US')))).toBe(n);
        expect(value(normaliseInteger(`${n}.0`))).toBe(n);
      }),
    );
  });

  it('accepts exactly the numbers within its bounds, and names them when refusing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (n, min, span) => {
          const max = min + span;
          const result = normaliseInteger(String(n), { min, max });
          if (n >= min && n <= max) expect(value(result)).toBe(n);
          else
            expect(reason(result)).toBe(
              `expected a whole number from ${min} to ${max}, got “${n}”`,
            );
        },
      ),
    );
  });
});

describe('normaliseEmployees', () => {
  const count = fc.integer({ min: 0, max: 2_000_000 });
  const dash = fc.constantFrom('-', '–', '—', ' - ', ' – ');
  const grouped = (n: number, useCommas: boolean) =>
    useCommas ? n.toLocaleString('en-US') : String(n);

  it('reads a band “low-high” as written, with its midpoint inside the band', () => {
    fc.assert(
      fc.property(count, count, dash, fc.boolean(), (a, b, separator, commas) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const band = `${grouped(low, commas)}${separator}${grouped(high, commas)}`;
        const result = value(normaliseEmployees(band));
        expect(result).toEqual({ band, midpoint: Math.round((low + high) / 2) });
        expect(result?.midpoint).toBeGreaterThanOrEqual(low);
        expect(result?.midpoint).toBeLessThanOrEqual(high);
      }),
    );
  });

  it('refuses a band written the wrong way round', () => {
    fc.assert(
      fc.property(count, fc.integer({ min: 1, max: 1000 }), dash, (low, gap, separator) => {
        const band = `${low + gap}${separator}${low}`;
        expect(reason(normaliseEmployees(band))).toBe(
          `expected an employee count or a band like 51-200, got ${quoteCell(band)}`,
        );
      }),
    );
  });

  it('reads “n+” as at least n, and a plain count as itself without a band', () => {
    fc.assert(
      fc.property(count, fc.boolean(), (n, commas) => {
        const open = `${grouped(n, commas)}+`;
        expect(value(normaliseEmployees(open))).toEqual({ band: open, midpoint: n });
        expect(value(normaliseEmployees(` ${grouped(n, commas)} `))).toEqual({
          band: null,
          midpoint: n,
        });
      }),
    );
  });
});

describe('normaliseDate', () => {
  const calendarDay = fc
    .date({
      min: new Date('1900-01-01T00:00:00.000Z'),
      max: new Date('2099-12-31T00:00:00.000Z'),
      noInvalidDate: true,
    })
    .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`;
  const time = fc.constantFrom('', ' 10:22', 'T10:22:00.000Z', ', 3:05 PM', ' 23:59:59');

  it('reads the same day whichever way the file writes it', () => {
    fc.assert(
      fc.property(calendarDay, time, fc.boolean(), (day, suffix, zeroPad) => {
        const p = (n: number) => (zeroPad ? pad(n) : String(n));
        const expected = iso(day);
        expect(value(normaliseDate(expected))).toBe(expected);
        expect(value(normaliseDate(`${day.y}/${p(day.m)}/${p(day.d)}`))).toBe(expected);
        expect(value(normaliseDate(`${p(day.m)}/${p(day.d)}/${day.y}${suffix}`, 'MDY'))).toBe(
          expected,
        );
        expect(value(normaliseDate(`${p(day.d)}/${p(day.m)}/${day.y}${suffix}`, 'DMY'))).toBe(
          expected,
        );
        // Dotted dates are day-first whatever order the column was given.
        for (const order of ['MDY', 'DMY'] as const) {
          expect(value(normaliseDate(`${p(day.d)}.${p(day.m)}.${day.y}`, order))).toBe(expected);
        }
        expect(slashDateParts(`${p(day.m)}/${p(day.d)}/${day.y}${suffix}`)).toEqual([day.m, day.d]);
      }),
    );
  });

  it('refuses a day past the end of its month', () => {
    const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (y, m, past) => {
          const day = daysIn(y, m) + past;
          if (day > 31) return;
          const raw = `${y}-${pad(m)}-${pad(day)}`;
          expect(reason(normaliseDate(raw))).toBe(`“${raw}” is not a real calendar date`);
        },
      ),
    );
  });

  it('detects a column’s order from one telling date, and then reads every date right', () => {
    fc.assert(
      fc.property(
        fc.array(calendarDay, { minLength: 0, maxLength: 20 }),
        calendarDay.filter((day) => day.d > 12),
        fc.constantFrom('MDY', 'DMY'),
        (days, telling, order) => {
          const column = [...days, telling];
          const write = ({ y, m, d }: { y: number; m: number; d: number }) =>
            order === 'MDY' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
          const cells = column.map(write);
          expect(detectDateOrder(cells)).toBe(order);
          expect(cells.map((cell) => value(normaliseDate(cell, order)))).toEqual(column.map(iso));
        },
      ),
    );
  });
});

describe('normaliseDomain', () => {
  const label = fc
    .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/)
    .filter((l) => l !== 'www');
  const domain = fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('com', 'io', 'co.uk', 'de'),
    )
    .map(([labels, tld]) => `${labels.join('.')}.${tld}`);
  const upperSome = (text: string, mask: boolean[]) =>
    [...text].map((ch, i) => (mask[i % mask.length] ? ch.toUpperCase() : ch)).join('');

  it('strips scheme, www, credentials, port, path and case back to the bare domain', () => {
    fc.assert(
      fc.property(
        domain,
        fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//'),
        fc.constantFrom('', 'www.', 'WWW.'),
        fc.constantFrom('', 'user@', 'me:secret@'),
        fc.constantFrom('', ':8080', '.', '/', '/pricing?ref=x#top', '?q=1'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        padding,
        (bare, scheme, www, credentials, tail, mask, pad) => {
          const auth = scheme === '' ? '' : credentials;
          const raw = `${pad}${scheme}${auth}${www}${upperSome(bare, mask)}${tail}${pad}`;
          expect(value(normaliseDomain(raw))).toBe(bare);
        },
      ),
    );
  });
});

describe('normaliseList', () => {
  const item = fc
    .string({ minLength: 1, maxLength: 12 })
    .map((s) => s.replace(/[;|]/g, '').trim())
    .filter((s) => s !== '');
  const separator = fc.constantFrom(';', '|', '; ', ' | ', ';;', ' ;  ');

  it('splits on semicolons and pipes, keeping each item’s first spelling once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (s) => s.toLowerCase(), maxLength: 8 }),
        separator,
        fc.boolean(),
        (items, sep, repeat) => {
          // A repeat in another case must not come back as a second item.
          const written = repeat ? [...items, ...items.map((s) => s.toUpperCase())] : items;
          const result = value(normaliseList(written.join(sep)));
          expect(result).toEqual(items);
          expect(value(normaliseList(result.join('; ')))).toEqual(result);
        },
      ),
    );
  });
});

describe('normaliseCohort', () => {
  it('reads every cohort by id, label or singular, in any case and with any separator', () => {
    const spelling = fc
      .constantFrom(...COHORTS)
      .chain((cohort) =>
        fc.tuple(
          fc.constant(cohort),
          fc.constantFrom(cohort, COHORT_LABELS[cohort], COHORT_SINGULAR[cohort]),
          fc.constantFrom(' ', '_', '-', '  '),
          fc.constantFrom('lower', 'upper', 'as-is'),
          padding,
        ),
      );
    fc.assert(
      fc.property(spelling, ([cohort, name, separator, casing, pad]) => {
        const spaced = name.replace(/[\s_]+/g, separator);
        const cased =
          casing === 'lower'
            ? spaced.toLowerCase()
            : casing === 'upper'
              ? spaced.toUpperCase()
              : spaced;
        expect(value(normaliseCohort(`${pad}${cased}${pad}`))).toBe(cohort);
      }),
    );
  });
});

describe('quoteCell', () => {
  it('quotes the trimmed cell, cut to at most 40 characters', () => {
    fc.assert(
      fc.property(anyCell, (raw) => {
        const quoted = quoteCell(raw);
        expect(quoted.startsWith('“') && quoted.endsWith('”')).toBe(true);
        const inner = quoted.slice(1, -1);
        expect(inner.length).toBeLessThanOrEqual(40);
        const text = raw.trim();
        if (text.length <= 40) expect(inner).toBe(text);
        else expect(inner).toBe(`${text.slice(0, 39)}…`);
      }),
    );
  });
});
