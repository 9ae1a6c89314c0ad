/**
 * Countries as ISO 3166-1 alpha-2 codes, from the countries-list package (names, native names,
 * aliases, alpha-3 codes and continents), so "USA", "United States of America" and
 * "Deutschland" each group with their country instead of splitting a region into spellings.
 */
import { continents, countries, type TCountryCode } from 'countries-list';
import alpha3To2 from 'countries-list/minimal/countries.3to2.min.json';

export interface Country {
  /** ISO 3166-1 alpha-2, e.g. "US". */
  code: string;
  name: string;
  /** The grouping win rates can use above countries, e.g. "North America". */
  continent: string;
}

// The package names sovereign states only; CRMs also carry the UK's constituent countries.
const EXTRA_ALIASES: Readonly<Record<string, TCountryCode>> = {
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
};

/** "U.S.A.", " usa " and "United-States" all compare as "usa" / "unitedstates". */
function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function buildIndex(): Map<string, TCountryCode> {
  const index = new Map<string, TCountryCode>(Object.entries(EXTRA_ALIASES));
  const add = (name: string, code: TCountryCode) => {
    const key = countryKey(name);
    if (key !== '' && !index.has(key)) index.set(key, code);
  };
  const entries = Object.entries(countries) as [TCountryCode, (typeof countries)[TCountryCode]][];
  // Codes and English names first, so they win over a native name another country shares.
  for (const [code, country] of entries) {
    add(code, code);
    add(country.name, code);
  }
  for (const [alpha3, code] of Object.entries(alpha3To2)) add(alpha3, code as TCountryCode);
  for (const [code, country] of entries) {
    for (const alias of country.alias ?? []) add(alias, code);
    add(country.native, code);
  }
  return index;
}

let index: Map<string, TCountryCode> | null = null;

/** The country a cell names, or null when it names none (a region such as "EMEA", a city…). */
export function resolveCountry(raw: string): Country | null {
  index ??= buildIndex();
  const code = index.get(countryKey(raw));
  if (code === undefined) return null;
  const country = countries[code];
  return { code, name: country.name, continent: continents[country.continent] };
}

/** The country behind a stored region code, for showing "US" as "United States". */
export function countryOfCode(code: string | null): Country | null {
  if (code === null || !/^[A-Z]{2}$/.test(code) || !Object.hasOwn(countries, code)) return null;
  return resolveCountry(code);
}
