/**
 * A record in the shared Y.Doc: the doc has one top-level Y.Map per table, keyed by record id,
 * and each record is a Y.Map of its fields, so two people changing different fields of one
 * record both keep their change (a field is last-writer-wins, a record is not). Text fields
 * (syncedTables.ts) are Y.Text, edited by splices (textSplice.ts) so concurrent typing merges.
 * Other values are stored as plain JSON. Deleting a record removes its key from the table's map.
 */
import * as Y from 'yjs';
import { rebaseEdit } from './textSplice';

export type PlainRecord = Record<string, unknown>;

/** The record's fields as plain values (Y.Text as its string). */
export function readRecord(map: Y.Map<unknown>): PlainRecord {
  const out: PlainRecord = {};
  for (const [field, value] of map.entries()) {
    out[field] = value instanceof Y.Text ? value.toString() : value;
  }
  return out;
}

/**
 * Deep equality of JSON-shaped values, ignoring key order (a schema's output lists keys in its
 * own order) and absent-vs-undefined: a needless write would win a concurrent edit, and a pull
 * that rewrote equal records would log every record again at each start.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, i) => sameValue(value, b[i]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const leftKeys = keys(left);
  return (
    leftKeys.length === keys(right).length && leftKeys.every((k) => sameValue(left[k], right[k]))
  );
}

/**
 * Writes `record` into `table` under `key`, touching only the fields that differ. `baseOf(field)`
 * is the text this device last synced for a text field: the local edit is the splice from it to
 * the record's text, landed on the Y.Text over whatever others typed meanwhile. Call inside
 * `doc.transact`.
 */
export function writeRecord(
  table: Y.Map<unknown>,
  key: string,
  record: PlainRecord,
  textFields: readonly string[],
  baseOf: (field: string) => string | undefined,
): void {
  const existing = table.get(key);
  const map = existing instanceof Y.Map ? (existing as Y.Map<unknown>) : new Y.Map<unknown>();
  if (map !== existing) table.set(key, map);
  for (const field of map.keys()) {
    if (record[field] === undefined) map.delete(field);
  }
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const current = map.get(field);
    if (textFields.includes(field) && typeof value === 'string') {
      if (current instanceof Y.Text) {
        editText(current, baseOf(field) ?? current.toString(), value);
      } else {
        map.set(field, new Y.Text(value));
      }
    } else if (!sameValue(current, value)) {
      map.set(field, value);
    }
  }
}

function editText(text: Y.Text, base: string, next: string): void {
  for (const op of rebaseEdit(base, next, text.toString())) {
    if (op.kind === 'delete') text.delete(op.at, op.count);
    else text.insert(op.at, op.text);
  }
}

/**
 * The records a Y transaction touched, per table: a key set or deleted in a table's map, or any
 * change inside a record (a field, or a character of its text).
 */
export function touchedRecords(
  transaction: Y.Transaction,
  tables: ReadonlyMap<object, string>,
): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>();
  const add = (table: string, key: string) => {
    let keys = touched.get(table);
    if (!keys) touched.set(table, (keys = new Set()));
    keys.add(key);
  };
  for (const [type, keys] of transaction.changed) {
    const table = tables.get(type);
    if (table !== undefined) {
      for (const key of keys) if (key !== null) add(table, key);
      continue;
    }
    // Walk up from the changed field or text to the record whose parent is a table's map.
    let child = type;
    while (child._item) {
      const parent = child._item.parent as typeof type;
      const parentTable = tables.get(parent);
      if (parentTable !== undefined && child._item.parentSub !== null) {
        add(parentTable, child._item.parentSub);
        break;
      }
      child = parent;
    }
  }
  return touched;
}
