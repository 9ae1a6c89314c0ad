/**
 * Text edits as one splice (start, deleted length, inserted text), found from the common prefix
 * and suffix of two strings. Team sync turns each save of a note into the splice between the text
 * it last synced (the base) and the saved text, then lands that splice on the shared Y.Text, so
 * two people typing in one note keep both their words (issue #18). Pure: no Yjs here.
 */

export interface Splice {
  start: number;
  deleteCount: number;
  insert: string;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The one splice that turns `before` into `after`, or null when they are equal. */
export function spliceBetween(before: string, after: string): Splice | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Never cut an emoji (a surrogate pair) in half: the halves would be stored as broken text.
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    start: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/**
 * Where position `pos` of `before` is in `after`, when `after` is `before` with someone else's
 * edit applied: a caret before the edit stays, one after it moves by what the edit added or
 * removed, one inside replaced text goes to the end of the new text. A caret where the other
 * edit only inserted stays before their words, so what this person types next stays together
 * (at the end of a note both are typing at, each one's words would otherwise interleave).
 */
export function mapPosition(before: string, after: string, pos: number): number {
  const splice = spliceBetween(before, after);
  if (!splice || pos <= splice.start) return Math.min(pos, after.length);
  const end = splice.start + splice.deleteCount;
  if (pos >= end) return pos + splice.insert.length - splice.deleteCount;
  return splice.start + splice.insert.length;
}

/** One step to apply to a text, in that text's positions. */
export type TextOp =
  { kind: 'delete'; at: number; count: number } | { kind: 'insert'; at: number; text: string };

/**
 * Lands the local edit `base → next` on `current`, a text that may have moved on from `base` by
 * someone else's edit: the ops in `current`'s positions, in the order to apply them (highest
 * position first, a delete before an insert at the same place, so each op's position stays
 * valid). Characters the other edit already replaced are not deleted again, and text typed where
 * the other edit also typed goes after theirs. When `current` equals `base` it is the plain splice.
 */
export function rebaseEdit(base: string, next: string, current: string): TextOp[] {
  const local = spliceBetween(base, next);
  if (!local) return [];
  const remote = spliceBetween(base, current) ?? { start: base.length, deleteCount: 0, insert: '' };
  const remoteEnd = remote.start + remote.deleteCount;
  const shift = remote.insert.length - remote.deleteCount;
  const map = (pos: number) =>
    pos < remote.start ? pos : pos >= remoteEnd ? pos + shift : remote.start + remote.insert.length;

  const localEnd = local.start + local.deleteCount;
  const ops: TextOp[] = [];
  // The deleted base characters the other edit left in place: those before it, those after it.
  const beforeEnd = Math.min(localEnd, remote.start);
  if (beforeEnd > local.start) {
    ops.push({ kind: 'delete', at: local.start, count: beforeEnd - local.start });
  }
  const afterStart = Math.max(local.start, remoteEnd);
  if (localEnd > afterStart) {
    ops.push({ kind: 'delete', at: afterStart + shift, count: localEnd - afterStart });
  }
  if (local.insert) ops.push({ kind: 'insert', at: map(local.start), text: local.insert });
  return ops.sort(
    (a, b) => b.at - a.at || (a.kind === 'delete' ? -1 : 1) - (b.kind === 'delete' ? -1 : 1),
  );
}

/** Applies ops from rebaseEdit to a plain string (tests, and a check of what Y.Text will hold). */
export function applyOps(text: string, ops: readonly TextOp[]): string {
  let out = text;
  for (const op of ops) {
    out =
      op.kind === 'delete'
        ? out.slice(0, op.at) + out.slice(op.at + op.count)
        : out.slice(0, op.at) + op.text + out.slice(op.at);
  }
  return out;
}
