/**
 * Where in a backup a problem is, as a person would look for it: the table, the row counted from
 * 1, the record's id and the field. The rows are not trusted yet, so only own properties are read.
 */

export function ownValue(at: unknown, key: PropertyKey): unknown {
  return typeof at === 'object' && at !== null && Object.hasOwn(at, key)
    ? (at as Record<PropertyKey, unknown>)[key]
    : undefined;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** "Table accounts, row 17 (id acc-3)"; the id is left out when the row has none to show. */
export function rowLabel(table: string, index: number, row: unknown, keyField: string): string {
  const id = ownValue(row, keyField);
  const named = typeof id === 'string' && id !== '' ? ` (${keyField} ${short(id)})` : '';
  return `Table ${table}, row ${index + 1}${named}`;
}

/**
 * "customFields[“Owner”].value", "transcript.3.text": an item of a list of pairs is named by its
 * key, which the user knows, rather than by its position, which they do not.
 */
export function fieldLabel(row: unknown, path: readonly PropertyKey[]): string {
  let label = '';
  let at = row;
  for (const step of path) {
    const next = ownValue(at, step);
    const pairKey = Array.isArray(at) ? ownValue(next, 'key') : undefined;
    if (typeof pairKey === 'string') label += `[“${short(pairKey)}”]`;
    else label += `${label === '' ? '' : '.'}${String(step)}`;
    at = next;
  }
  return label;
}
