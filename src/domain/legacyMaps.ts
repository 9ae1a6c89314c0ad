/**
 * Until schema version 3 the maps keyed by user text (custom fields, speaker maps, the ICP
 * snapshot's per-account and per-trait figures) were stored as objects; since then they are
 * pairs (schemas/pairs.ts). A record written before, in a database being upgraded or in an older
 * backup, is brought to today's shape here. Object.entries reads own keys only, so a key named
 * "__proto__" or "constructor" becomes an ordinary pair: never dropped, never a prototype.
 */

export const PAIRS_SINCE_VERSION = 3;

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Anything but an object map (pairs already, absent, damaged) is left for the schema to judge. */
const asPairs = (map: unknown): unknown =>
  isRow(map) ? Object.entries(map).map(([key, value]) => ({ key, value })) : map;

/** The row with the named fields as pairs. Spreading copies even a "__proto__" key as data. */
function withPairs(row: unknown, fields: readonly string[]): unknown {
  if (!isRow(row)) return row;
  const out: Row = { ...row };
  for (const field of fields) if (Object.hasOwn(row, field)) out[field] = asPairs(row[field]);
  return out;
}

const customFields = (row: unknown) => withPairs(row, ['customFields']);

function icpVersion(row: unknown): unknown {
  if (!isRow(row) || !Object.hasOwn(row, 'snapshot')) return row;
  return { ...row, snapshot: withPairs(row.snapshot, ['scores', 'evidence', 'accounts']) };
}

/** An import keeps before-images of the accounts and deals it overwrote, for its Undo. */
function importRecord(row: unknown): unknown {
  if (!isRow(row)) return row;
  const out: Row = { ...row };
  for (const field of ['previousAccounts', 'previousDeals']) {
    const before = Object.hasOwn(row, field) ? row[field] : undefined;
    if (Array.isArray(before)) out[field] = before.map(customFields);
  }
  return out;
}

const CONVERSIONS = new Map<string, (row: unknown) => unknown>([
  ['accounts', customFields],
  ['deals', customFields],
  ['interviews', (row) => withPairs(row, ['speakerMap'])],
  ['icpVersions', icpVersion],
  ['imports', importRecord],
]);

/** The tables whose records hold such maps. */
export const TABLES_WITH_MAPS: readonly string[] = [...CONVERSIONS.keys()];

/** A record of `table` as stored before version 3, in today's shape; the input is not changed. */
export function withMapsAsPairs(table: string, row: unknown): unknown {
  const convert = CONVERSIONS.get(table);
  return convert ? convert(row) : row;
}
