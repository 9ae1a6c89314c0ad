/**
 * A record in the shared Y.Doc: the doc has one top-level Y.Map per table, keyed by record id,
 * and each record is a Y.Map of its fields, so two people changing different fields of one
 * record both keep their change (a field is last-writer-wins, a record is not). Text fields
 * (syncedTables.ts) are Y.Text, edited by splices (domain/textSplice.ts) so concurrent typing
 * merges. Other values are stored as plain JSON. Deleting a record removes its key from the
 * table's map.
 */
import * as Y from 'yjs';
import { rebaseEdit } from '../domain/textSplice';

export type PlainRecord = Record<string, unknown>;

/** How a table's fields are kept beside plain JSON (syncedTables.ts). */
export interface FieldKinds {
  /** Y.Text, merged per character. */
  readonly textFields: readonly string[];
  /** Lists of objects with an `id`, kept as a Y.Map by id so two people adding items keep both. */
  readonly keyedLists: readonly string[];
}

type Item = { id: string } & Record<string, unknown>;

const isItemList = (value: unknown): value is Item[] =>
  Array.isArray(value) &&
  value.every((item) => typeof (item as { id?: unknown } | null)?.id === 'string');

/** A keyed list's items in a stable order: by `savedAt` when they have one, then by id. */
function listOf(map: Y.Map<unknown>): unknown[] {
  const items = [...map.values()] as Item[];
  const at = (item: Item) => (typeof item.savedAt === 'string' ? item.savedAt : '');
  return items.sort((a, b) => at(a).localeCompare(at(b)) || a.id.localeCompare(b.id));
}

/** The record's fields as plain values (Y.Text as its string, a keyed list as its array). */
export function readRecord(map: Y.Map<unknown>): PlainRecord {
  const out: PlainRecord = {};
  for (const [field, value] of map.entries()) {
    out[field] =
      value instanceof Y.Text
        ? value.toString()
        : value instanceof Y.Map
          ? listOf(value as Y.Map<unknown>)
          : value;
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
 * Writes this device's edit of a record into `table` under `key`: only the fields that differ
 * from `base`, the record as this device last synced it, so a field someone else changed
 * meanwhile (and this device has not pulled yet) keeps their value. A text field is edited by
 * the splice from its base text, landed over whatever others typed. Without a base (a record
 * new to this device, or a first push after a reload) the doc's own value is the base. Call
 * inside `doc.transact`.
 */
export function writeRecord(
  table: Y.Map<unknown>,
  key: string,
  record: PlainRecord,
  kinds: FieldKinds,
  base: PlainRecord | undefined,
): void {
  const existing = table.get(key);
  const map = existing instanceof Y.Map ? (existing as Y.Map<unknown>) : new Y.Map<unknown>();
  if (map !== existing) table.set(key, map);
  // A record new to the doc is written whole, whatever the base.
  const before = map !== existing ? {} : (base ?? readRecord(map));
  const fields = new Set([...Object.keys(record), ...Object.keys(before)]);
  for (const field of fields) {
    const value = record[field];
    const previous = before[field];
    if (sameValue(value, previous)) continue;
    const current = map.get(field);
    if (value === undefined) {
      map.delete(field);
    } else if (kinds.keyedLists.includes(field) && isItemList(value)) {
      editList(map, field, value, isItemList(previous) ? previous : []);
    } else if (kinds.textFields.includes(field) && typeof value === 'string') {
      if (current instanceof Y.Text) {
        editText(current, typeof previous === 'string' ? previous : current.toString(), value);
      } else {
        map.set(field, new Y.Text(value));
      }
    } else {
      map.set(field, value);
    }
  }
}

/** Sets the items added or changed since `previous` and deletes those removed, by id. */
function editList(record: Y.Map<unknown>, field: string, items: Item[], previous: Item[]): void {
  const stored = record.get(field);
  if (!(stored instanceof Y.Map)) {
    record.set(field, new Y.Map<unknown>(items.map((item) => [item.id, item])));
    return;
  }
  const list = stored as Y.Map<unknown>;
  const before = new Map(previous.map((item) => [item.id, item]));
  for (const item of items) {
    if (!sameValue(item, before.get(item.id))) list.set(item.id, item);
    before.delete(item.id);
  }
  for (const id of before.keys()) list.delete(id);
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
