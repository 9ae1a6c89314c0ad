/**
 * Company names compared the way people read them: "Harbor Health Partners" and "Harbor Health
 * Partners, LLC" are one company; "Harbor Health" and "Harbor Dental" are not. Legal-form
 * suffixes, punctuation, accents and case are ignored; every other word counts.
 */

// Legal forms as word sequences, after dotted initials are joined ("S.A." → "sa", "Sp. z o.o." →
// "sp z oo") and other punctuation is dropped. Longest first, so "co ltd" goes before "ltd".
const LEGAL_FORMS: readonly (readonly string[])[] = [
  'sp z oo',
  'co ltd',
  'pty ltd',
  'pvt ltd',
  'private limited',
  'public limited company',
  'limited liability company',
  'incorporated',
  'corporation',
  'company',
  'limited',
  'inc',
  'corp',
  'llc',
  'llp',
  'ltd',
  'plc',
  'co',
  'gmbh',
  'ag',
  'kg',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'aps',
  'kk',
  'pte',
  'pty',
  'sl',
]
  .map((form) => form.split(' '))
  .sort((a, b) => b.length - a.length);

function words(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // "L.L.C.", "K.K.", "o.o." are one word each, however their dots are spaced.
      .replace(
        /(?<![\p{L}\p{N}])(?:\p{L}\.\s?){2,}/gu,
        (initials) => `${initials.replace(/[.\s]/g, '')} `,
      )
      .replace(/&/g, ' and ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '')
  );
}

function endsWith(list: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > list.length) return false;
  const offset = list.length - tail.length;
  return tail.every((w, i) => list[offset + i] === w);
}

/**
 * The key two names share when they name the same company. Trailing legal forms are dropped
 * (repeatedly: "Acme Holdings GmbH & Co. KG"), but never the whole name, so "Co" stays "co".
 */
export function companyNameKey(name: string): string {
  const list = words(name);
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const form of LEGAL_FORMS) {
      if (list.length > form.length && endsWith(list, form)) {
        list.splice(list.length - form.length);
        // "Acme & Co" leaves a dangling "and".
        if (list.length > 1 && list[list.length - 1] === 'and') list.pop();
        stripped = true;
        break;
      }
    }
  }
  if (list.length > 1 && list[0] === 'the') list.shift();
  return list.join(' ');
}

export interface NamedRecord {
  id: string;
  name: string;
}

/**
 * Each record's key, by the record: a list patched after a write (src/db/liveRecords.ts) keeps
 * the objects of the records not written, so after one edit among 50,000 accounts one key is
 * computed, not 50,000 (65 ms).
 */
const nameKeys = new WeakMap<NamedRecord, { name: string; key: string }>();

function cachedNameKey(record: NamedRecord): string {
  const cached = nameKeys.get(record);
  if (cached?.name === record.name) return cached.key;
  const key = companyNameKey(record.name);
  nameKeys.set(record, { name: record.name, key });
  return key;
}

/** Groups of two or more records whose names share a key, in the order first met. */
export function likelyDuplicates<T extends NamedRecord>(records: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = cachedNameKey(record);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
