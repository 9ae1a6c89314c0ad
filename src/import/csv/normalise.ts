/**
 * Cell normalisers for CSV imports. Each takes the raw cell text and returns a typed result
 * with a reason a user can act on; none of them throws, because one odd cell must become one
 * row error, not a crashed import.
 */
import { COHORT_LABELS, COHORT_SINGULAR, COHORTS, type Cohort } from '../../domain/schemas/cohort';

export type Normalised<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
const fail = (reason: string): Normalised<never> => ({ ok: false, reason });

/** Quotes a cell for a message, cut short so one huge cell cannot flood the error list. */
export function quoteCell(raw: string): string {
  const text = raw.trim();
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

/** Names, industries, plans…: kept exactly as written apart from surrounding whitespace. */
export function normaliseText(raw: string): Normalised<string | null> {
  const text = raw.trim();
  return ok(text === '' ? null : text);
}

// Spaces of every width are thousands separators in many locales ("1 200 000").
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|sek|nok|dkk|us\$)/i;
const CURRENCY_SUFFIX = /(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|sek|nok|dkk)$/i;
const PLAIN_NUMBER = /^\d{1,15}(?:\.\d+)?$/;
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

/** Reads "1,234.5", "1.234,5", "1.234.567" and "1,5" the way their writers meant them. */
function parseDecimal(text: string): number | null {
  if (!/^\d[\d.,]*$/.test(text) && !/^\.\d+$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let canonical: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: whichever comes last is the decimal separator.
    const [group, decimal] = lastDot > lastComma ? [',', '.'] : ['.', ','];
    const [whole = '', fraction = ''] = text.split(decimal);
    if (text.split(decimal).length !== 2 || fraction.includes(group)) return null;
    if (!isGrouped(whole, group)) return null;
    canonical = `${whole.split(group).join('')}.${fraction}`;
  } else if (lastComma >= 0) {
    canonical = isGrouped(text, ',') ? text.replace(/,/g, '') : decimalComma(text);
  } else if (lastDot >= 0 && text.indexOf('.') !== lastDot) {
    // Several dots can only be grouping ("1.200.000").
    if (!isGrouped(text, '.')) return null;
    canonical = text.replace(/\./g, '');
  } else {
    canonical = text;
  }
  if (canonical === '' || !/^\d*\.?\d*$/.test(canonical) || canonical === '.') return null;
  const value = Number(canonical);
  return Number.isFinite(value) ? value : null;
}

function isGrouped(text: string, separator: string): boolean {
  const parts = text.split(separator);
  const [head = '', ...rest] = parts;
  return /^\d{1,3}$/.test(head) && rest.length > 0 && rest.every((part) => /^\d{3}$/.test(part));
}

function decimalComma(text: string): string {
  // "1,5" or "1234,56" is a decimal comma; anything else with commas is malformed.
  return /^\d+,\d{1,2}$/.test(text) ? text.replace(',', '.') : '';
}

/** For cells whose digits overflow a JavaScript number (hundreds of them). */
const tooLarge = (raw: string) => `the number is too large to store, got ${quoteCell(raw)}`;

/**
 * Money as CRMs export it: "$1,200,000", "1.2M", "€900k", "1 200 000", "USD 5,000".
 * Amounts are never negative in our model; "(1,000)" is accounting notation for −1,000.
 */
export function normaliseMoney(raw: string): Normalised<number | null> {
  let text = raw.trim();
  // Most cells of a clean export are plain numbers; skip the locale guessing for them.
  if (PLAIN_NUMBER.test(text)) return ok(Math.round(Number(text) * 100) / 100);
  if (text === '' || text === '-' || text === '—') return ok(null);
  if (/^\(.*\)$/.test(text) || /^[-−]/.test(text) || /^[^\d]*[-−]\s*\d/.test(text)) {
    return fail(`negative amounts are not allowed, got ${quoteCell(raw)}`);
  }
  text = text.replace(CURRENCY, '').replace(CURRENCY_SUFFIX, '').replace(GROUPING_SPACES, '');
  const suffix = /([a-z]+)$/i.exec(text)?.[1]?.toLowerCase();
  let multiplier = 1;
  if (suffix !== undefined) {
    const found = MULTIPLIERS[suffix];
    if (found === undefined) return fail(`expected a number, got ${quoteCell(raw)}`);
    multiplier = found;
    text = text.slice(0, -suffix.length);
  }
  const value = parseDecimal(text);
  if (value === null) return fail(`expected a number, got ${quoteCell(raw)}`);
  // Rounded to cents so "1.2M" is 1,200,000 and not 1,199,999.9999999998.
  const amount = Math.round(value * multiplier * 100) / 100;
  // A few hundred digits overflow to Infinity, which no field can hold; say so here rather
  // than leave the schema to call it "not a number".
  if (!Number.isFinite(amount)) return fail(tooLarge(raw));
  return ok(amount);
}

/** "85%" → 0.85; a bare number must already be a fraction, because "85" could mean either. */
export function normalisePercent(raw: string): Normalised<number | null> {
  const text = raw.trim().replace(GROUPING_SPACES, '');
  if (text === '') return ok(null);
  const match = /^([-−]?)(\d+(?:[.,]\d+)?|[.,]\d+)(%?)$/.exec(text);
  if (!match) return fail(`expected a percentage like 85%, got ${quoteCell(raw)}`);
  const [, sign = '', digits = '', percent = ''] = match;
  const magnitude = Number(digits.replace(',', '.'));
  const value = (sign === '' ? 1 : -1) * (percent === '%' ? magnitude / 100 : magnitude);
  if (percent === '' && Math.abs(value) > 1) {
    return fail(`expected a percentage like 85% or a fraction like 0.85, got ${quoteCell(raw)}`);
  }
  // Rounded so "85%" is exactly 0.85 rather than 0.8500000000000001.
  const rounded = Math.round(value * 1e10) / 1e10;
  // A long enough run of digits before "%" overflows to Infinity.
  if (!Number.isFinite(rounded)) return fail(tooLarge(raw));
  return ok(rounded);
}

export interface IntegerRules {
  min?: number;
  max?: number;
}

/** Whole numbers (NPS, integrations, sales-cycle days); "1,200" is read as twelve hundred. */
export function normaliseInteger(raw: string, rules: IntegerRules = {}): Normalised<number | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const value = /^\d{1,15}$/.test(text) ? Number(text) : parseWholeNumber(text);
  if (value === null) return fail(`expected a whole number, got ${quoteCell(raw)}`);
  const { min, max } = rules;
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    return fail(`expected a whole number from ${min} to ${max}, got ${quoteCell(raw)}`);
  }
  if (min !== undefined && value < min) {
    return fail(`expected a whole number of at least ${min}, got ${quoteCell(raw)}`);
  }
  if (max !== undefined && value > max) {
    return fail(`expected a whole number of at most ${max}, got ${quoteCell(raw)}`);
  }
  return ok(value);
}

/** "1,200", "1 200", "-3", "12.0"; null for anything that is not a safe whole number. */
function parseWholeNumber(text: string): number | null {
  const compact = text.replace(GROUPING_SPACES, '');
  const grouped = isGrouped(compact, ',') ? compact.replace(/,/g, '') : compact;
  if (!/^[-−]?\d+(?:\.0+)?$/.test(grouped)) return null;
  const value = Number(grouped.replace('−', '-'));
  return Number.isSafeInteger(value) ? value : null;
}

export interface EmployeeCount {
  /** The band exactly as the CRM wrote it, or null for a plain count. */
  band: string | null;
  /** The count, or for a band its rounded midpoint (the lower bound for "10,001+"). */
  midpoint: number;
}

/** "250", "51-200", "51 – 200", "10,001+", "1-10". */
export function normaliseEmployees(raw: string): Normalised<EmployeeCount | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const count = (part: string): number | null => {
    const parsed = normaliseInteger(part, { min: 0 });
    return parsed.ok ? parsed.value : null;
  };
  const range = /^([\d,.\s]+?)\s*[-–—]\s*([\d,.\s]+)$/.exec(text);
  if (range) {
    const low = count(range[1] ?? '');
    const high = count(range[2] ?? '');
    if (low === null || high === null || high < low) {
      return fail(`expected an employee count or a band like 51-200, got ${quoteCell(raw)}`);
    }
    return ok({ band: text, midpoint: Math.round((low + high) / 2) });
  }
  const open = /^([\d,.\s]+?)\s*\+$/.exec(text);
  if (open) {
    const low = count(open[1] ?? '');
    if (low === null) {
      return fail(`expected an employee count or a band like 51-200, got ${quoteCell(raw)}`);
    }
    return ok({ band: text, midpoint: low });
  }
  const plain = count(text);
  if (plain === null) {
    return fail(`expected an employee count or a band like 51-200, got ${quoteCell(raw)}`);
  }
  return ok({ band: null, midpoint: plain });
}

export type DateOrder = 'MDY' | 'DMY';

// Exports often append a time ("2024-03-05 10:22 AM"); the calendar date as written is kept.
const TIME =
  '(?:(?:[T ]|,\\s*)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AP]M)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5})?)?';
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`, 'i');
const SLASH_DATE = new RegExp(`^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})${TIME}$`, 'i');
const DOT_DATE = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}$`, 'i');
const PLAIN_ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_SLASH_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function calendarDate(raw: string, year: number, month: number, day: number): Normalised<string> {
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined || day < 1 || day > days) {
    return fail(`${quoteCell(raw)} is not a real calendar date`);
  }
  return ok(`${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`);
}

/** The two leading parts of a "a/b/yyyy" date, or null when the cell is not one. */
export function slashDateParts(raw: string): [number, number] | null {
  const match = SLASH_DATE.exec(raw.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * Calendar dates → "YYYY-MM-DD". Slash dates need the column's order ("MDY" or "DMY"),
 * which `detectDateOrder` derives from the whole column; "DD.MM.YYYY" is always day first.
 */
export function normaliseDate(raw: string, order: DateOrder = 'MDY'): Normalised<string | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const plain = PLAIN_ISO_DATE.exec(text);
  if (plain) return calendarDate(raw, Number(plain[1]), Number(plain[2]), Number(plain[3]));
  const iso = ISO_DATE.exec(text) ?? YEAR_SLASH_DATE.exec(text);
  if (iso) return calendarDate(raw, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOT_DATE.exec(text);
  if (dotted) return calendarDate(raw, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = SLASH_DATE.exec(text);
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    const [month, day] = order === 'MDY' ? [first, second] : [second, first];
    const result = calendarDate(raw, year, month, day);
    if (!result.ok) {
      const reading = order === 'MDY' ? 'month/day/year' : 'day/month/year';
      return fail(`${quoteCell(raw)} is not a real date when read as ${reading}`);
    }
    return result;
  }
  return fail(`expected a date like 2024-03-05, 03/05/2024 or 05.03.2024, got ${quoteCell(raw)}`);
}

export type DateOrderDetection = DateOrder | 'ambiguous' | 'not_needed';

/**
 * Decides a column's slash-date order from its values: a first part above 12 proves
 * day-first, a second part above 12 proves month-first. With no proof, or proof both ways,
 * only the user can say.
 */
export function detectDateOrder(values: Iterable<string>): DateOrderDetection {
  let dayFirst = false;
  let monthFirst = false;
  let any = false;
  for (const value of values) {
    const parts = slashDateParts(value);
    if (!parts) continue;
    any = true;
    if (parts[0] > 12) dayFirst = true;
    if (parts[1] > 12) monthFirst = true;
  }
  if (!any) return 'not_needed';
  if (dayFirst === monthFirst) return 'ambiguous';
  return dayFirst ? 'DMY' : 'MDY';
}

const IPV4 = /^\d+(?:\.\d+){3}$/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * "https://www.Acme.com:8080/pricing?x" → "acme.com". Non-ASCII hosts become punycode so
 * they pass the stored-domain rule; the result is a fixed point (normalising it again gives
 * the same text), which duplicate detection relies on.
 */
export function normaliseDomain(raw: string): Normalised<string | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  // Already normalised (the common case in a clean export): nothing to strip.
  if (DOMAIN.test(text) && !text.startsWith('www.') && !IPV4.test(text)) return ok(text);
  let host = text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^\/\//, '')
    .replace(/[/?#].*$/, '');
  host = host.slice(host.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  host = host.toLowerCase().replace(/\.+$/, '');
  if (host === '' || /[\s:[\]\\%]/.test(host)) return invalidDomain(raw);
  if (!/^[a-z0-9.-]+$/.test(host)) {
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return invalidDomain(raw);
    }
  }
  while (host.startsWith('www.') && host.indexOf('.', 4) > 0) host = host.slice(4);
  if (IPV4.test(host) || !DOMAIN.test(host)) return invalidDomain(raw);
  return ok(host);
}

function invalidDomain(raw: string): Normalised<never> {
  return fail(`expected a domain like acme.com, got ${quoteCell(raw)}`);
}

/** "HubSpot; Salesforce | Slack" → ["HubSpot", "Salesforce", "Slack"], first spelling kept. */
export function normaliseList(raw: string): Normalised<string[]> {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of raw.split(/[;|]/)) {
    const item = part.trim();
    const key = item.toLowerCase();
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return ok(items);
}

const COHORT_BY_NAME = new Map<string, Cohort>();
for (const cohort of COHORTS) {
  for (const name of [cohort, COHORT_LABELS[cohort], COHORT_SINGULAR[cohort]]) {
    COHORT_BY_NAME.set(name.toLowerCase().replace(/[\s_-]+/g, ' '), cohort);
  }
  COHORT_BY_NAME.set(cohort, cohort);
}

/** "Power users", "power_user", "Churner" → the stored cohort id. */
export function normaliseCohort(raw: string): Normalised<Cohort | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const cohort =
    COHORT_BY_NAME.get(text) ?? COHORT_BY_NAME.get(text.toLowerCase().replace(/[\s_-]+/g, ' '));
  return cohort
    ? ok(cohort)
    : fail(
        `expected one of power user, emerging promoter, churner, lost deal, got ${quoteCell(raw)}`,
      );
}
