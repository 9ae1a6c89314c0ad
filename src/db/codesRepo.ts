import { CODE_KINDS, codeSchema, type Code, type CodeKind } from '../domain/schemas/code';
import type { Finding } from '../domain/schemas/finding';
import type { Highlight } from '../domain/schemas/highlight';
import type { Trait } from '../domain/schemas/trait';
import { setChangeSource } from './changeLog';
import { keysEditedAfter, lastChangeSeq } from './changeQueries';
import type { WorkspaceDb } from './schema';
import { newId } from './workspaceRegistry';
import { checked } from './checked';
import type { Store } from './recordUndo';

const KIND_ORDER = new Map<CodeKind, number>(CODE_KINDS.map((kind, index) => [kind, index]));

/** In codebook order (kind, then name), so the pinned-code shortcuts keep a stable numbering. */
export function compareCodes(a: Code, b: Code): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || a.name.localeCompare(b.name)
  );
}

export async function listCodes(db: WorkspaceDb): Promise<Code[]> {
  const codes = await db.codes.toArray();
  return codes.sort(compareCodes);
}

/** One colour per kind for codes made on the fly; the Codebook page can refine it later. */
const KIND_COLOURS: Record<CodeKind, string> = {
  pain_point: '#b82e2e',
  buying_trigger: '#b8742e',
  decision_criterion: '#a89a1f',
  persona: '#5a9a1f',
  channel: '#2eb85c',
  competitor: '#2eb8a3',
  outcome: '#2e8ab8',
  favourite_aspect: '#2e5ab8',
  expansion_signal: '#4a2eb8',
  failure_product: '#8a2eb8',
  failure_process: '#b82ea3',
  failure_external: '#b82e5c',
};

export interface NewCode {
  name: string;
  kind: CodeKind;
}

/** Names are unique regardless of case: two "Slow onboarding" codes would split the counts. */
export async function createCode(
  db: WorkspaceDb,
  input: NewCode,
  now: string,
  id: string = newId(),
): Promise<Code> {
  const code = checked(codeSchema, {
    id,
    createdAt: now,
    updatedAt: now,
    name: input.name,
    kind: input.kind,
    description: null,
    colour: KIND_COLOURS[input.kind],
    parentId: null,
    pinned: false,
  });
  return db.transaction('rw', db.codes, async () => {
    const wanted = code.name.toLocaleLowerCase();
    const clash = await db.codes.filter((c) => c.name.toLocaleLowerCase() === wanted).first();
    if (clash) throw new Error(`A code named “${clash.name}” already exists.`);
    await db.codes.add(code);
    return code;
  });
}

// ── Codebook page: edit, usage, delete and merge with undo ───────────────────────────────────

export interface CodeDetails {
  name: string;
  kind: CodeKind;
  description: string | null;
  colour: string;
  parentId: string | null;
}

/** The code and every code nested under it, at any depth: what it cannot be nested under. */
export function codeSubtreeIds(codes: readonly Code[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const code of codes) {
    if (code.parentId === null) continue;
    children.set(code.parentId, [...(children.get(code.parentId) ?? []), code.id]);
  }
  const ids = new Set<string>();
  const stack = [rootId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

/** Same rules as createCode: names unique regardless of case, parents that exist, no cycles. */
export async function updateCode(
  db: WorkspaceDb,
  id: string,
  details: CodeDetails,
  now: string,
): Promise<Code> {
  return db.transaction('rw', db.codes, async () => {
    const current = await db.codes.get(id);
    if (!current) throw new Error('This code no longer exists.');
    const next = checked(codeSchema, { ...current, ...details, updatedAt: now });
    const all = await db.codes.toArray();
    const wanted = next.name.toLocaleLowerCase();
    const clash = all.find((c) => c.id !== id && c.name.toLocaleLowerCase() === wanted);
    if (clash) throw new Error(`A code named “${clash.name}” already exists.`);
    if (next.parentId !== null) {
      if (!all.some((c) => c.id === next.parentId))
        throw new Error('The parent code no longer exists.');
      if (codeSubtreeIds(all, id).has(next.parentId)) {
        throw new Error('A code cannot be nested under itself or one of its own sub-codes.');
      }
    }
    await db.codes.put(next);
    return next;
  });
}

/**
 * createCode plus the fields it leaves at their defaults, in one transaction. Without a colour
 * the code takes its kind's.
 */
export async function createCodeWithDetails(
  db: WorkspaceDb,
  details: Omit<CodeDetails, 'colour'> & { colour?: string },
  now: string,
  id: string = newId(),
): Promise<Code> {
  return db.transaction('rw', db.codes, async () => {
    const code = await createCode(db, { name: details.name, kind: details.kind }, now, id);
    return updateCode(db, code.id, { ...details, colour: details.colour ?? code.colour }, now);
  });
}

export interface CodeUsage {
  quotes: number;
  /** Distinct accounts: ten quotes from one talkative customer are one voice. */
  accounts: number;
}

export async function codeUsage(db: WorkspaceDb): Promise<Map<string, CodeUsage>> {
  const highlights = await db.highlights.toArray();
  const quotes = new Map<string, number>();
  const accounts = new Map<string, Set<string>>();
  for (const highlight of highlights) {
    for (const codeId of new Set(highlight.codeIds)) {
      quotes.set(codeId, (quotes.get(codeId) ?? 0) + 1);
      const seen = accounts.get(codeId) ?? new Set<string>();
      seen.add(highlight.accountId);
      accounts.set(codeId, seen);
    }
  }
  return new Map(
    [...quotes].map(([codeId, count]) => [
      codeId,
      { quotes: count, accounts: accounts.get(codeId)?.size ?? 0 },
    ]),
  );
}

/** Every record a delete or merge changed, as it was before, so Undo puts back exactly that. */
export interface CodeChangeUndo {
  /** The code that is gone: deleted, or merged into another. */
  removed: Code;
  codes: Code[];
  highlights: Highlight[];
  findings: Finding[];
  traits: Trait[];
  /** The change log's position right after the change: Undo keeps what was written since. */
  seq: number;
}

/** Swaps `from` for `to` (or drops it when `to` is null), keeping order and one of each. */
function replaceCodeId(ids: readonly string[], from: string, to: string | null): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const next = id === from ? to : id;
    if (next !== null && !out.includes(next)) out.push(next);
  }
  return out;
}

/**
 * Removes `source` from the codebook and from everything that refers to it, pointing those
 * references at `target` instead when merging. Sub-codes move up to the source's parent on a
 * delete and under the target on a merge; a target nested under the source is lifted out first,
 * so no code ends up its own ancestor. A trait whose rule was "has this code" follows the merge,
 * and on a delete loses its rule: a rule about a code that no longer exists can never match.
 */
async function removeCode(
  db: WorkspaceDb,
  source: Code,
  target: Code | null,
  now: string,
): Promise<CodeChangeUndo> {
  const to = target?.id ?? null;
  const [codes, highlights, findings, traits] = await Promise.all([
    db.codes.toArray(),
    db.highlights.where('codeIds').equals(source.id).toArray(),
    db.findings.filter((f) => f.codeIds.includes(source.id)).toArray(),
    db.traits
      .filter(
        (t) =>
          t.codeIds.includes(source.id) ||
          (t.rule?.op === 'has_code' && t.rule.codeId === source.id),
      )
      .toArray(),
  ]);

  const changedCodes: Code[] = [];
  const reparented: Code[] = [];
  const liftTarget = target !== null && codeSubtreeIds(codes, source.id).has(target.id);
  for (const code of codes) {
    if (code.id === source.id) continue;
    let parentId = code.parentId;
    if (liftTarget && code.id === to) parentId = source.parentId;
    else if (code.parentId === source.id) parentId = to ?? source.parentId;
    if (parentId === code.parentId) continue;
    changedCodes.push(code);
    reparented.push({ ...code, parentId, updatedAt: now });
  }
  await db.codes.bulkPut(reparented);
  await db.highlights.bulkPut(
    highlights.map((h) => ({
      ...h,
      codeIds: replaceCodeId(h.codeIds, source.id, to),
      updatedAt: now,
    })),
  );
  await db.findings.bulkPut(
    findings.map((f) => ({
      ...f,
      codeIds: replaceCodeId(f.codeIds, source.id, to),
      updatedAt: now,
    })),
  );
  await db.traits.bulkPut(
    traits.map((t) => ({
      ...t,
      codeIds: replaceCodeId(t.codeIds, source.id, to),
      rule:
        t.rule?.op === 'has_code' && t.rule.codeId === source.id
          ? to === null
            ? null
            : { op: 'has_code' as const, codeId: to }
          : t.rule,
      updatedAt: now,
    })),
  );
  await db.codes.delete(source.id);
  return {
    removed: source,
    codes: changedCodes,
    highlights,
    findings,
    traits,
    seq: await lastChangeSeq(db),
  };
}

const CODEBOOK_TABLES = (db: WorkspaceDb) => [
  db.codes,
  db.highlights,
  db.findings,
  db.traits,
  db.changes,
];

/** Deletes a code; its quotes lose it. Returns what restoreDeletedCode needs to undo it. */
export async function deleteCodeWithUndo(
  db: WorkspaceDb,
  id: string,
  now: string,
): Promise<CodeChangeUndo> {
  return db.transaction('rw', CODEBOOK_TABLES(db), async () => {
    const source = await db.codes.get(id);
    if (!source) throw new Error('This code no longer exists.');
    return removeCode(db, source, null, now);
  });
}

export interface CodeMerge extends CodeChangeUndo {
  target: Code;
}

/** Moves every quote (and finding, trait, sub-code) from `sourceId` to `targetId`, then deletes the source. */
export async function mergeCodes(
  db: WorkspaceDb,
  sourceId: string,
  targetId: string,
  now: string,
): Promise<CodeMerge> {
  if (sourceId === targetId) throw new Error('Pick a different code to merge into.');
  return db.transaction('rw', CODEBOOK_TABLES(db), async () => {
    const [source, target] = await db.codes.bulkGet([sourceId, targetId]);
    if (!source || !target) throw new Error('One of these codes no longer exists.');
    return { ...(await removeCode(db, source, target, now)), target };
  });
}

/** What an Undo of a delete or merge left as it found it, table by table, because it changed since. */
export interface CodeRestore {
  codes: number;
  highlights: number;
  findings: number;
  traits: number;
}

/**
 * Puts back every record as it was before the change, except records written since (in any
 * tab), which keep that write, and records deleted since, which stay deleted. The removed code
 * comes back unless a code with its id is back already.
 */
async function restoreCodeChange(db: WorkspaceDb, undo: CodeChangeUndo): Promise<CodeRestore> {
  return db.transaction('rw', CODEBOOK_TABLES(db), async (tx) => {
    setChangeSource(tx, 'undo');
    const restore = async <T extends { id: string }>(
      table: Store<T>,
      before: readonly T[],
    ): Promise<number> => {
      const ids = before.map((record) => record.id);
      const [current, edited] = await Promise.all([
        table.bulkGet(ids),
        keysEditedAfter(db, table.name, ids, undo.seq),
      ]);
      const put = before.filter((record, i) => current[i] !== undefined && !edited.has(record.id));
      await table.bulkPut(put);
      return before.length - put.length;
    };
    const removedIsBack = (await db.codes.get(undo.removed.id)) !== undefined;
    if (!removedIsBack) await db.codes.put(undo.removed);
    return {
      codes: (await restore(db.codes, undo.codes)) + (removedIsBack ? 1 : 0),
      highlights: await restore(db.highlights, undo.highlights),
      findings: await restore(db.findings, undo.findings),
      traits: await restore(db.traits, undo.traits),
    };
  });
}

export function restoreMerge(db: WorkspaceDb, merge: CodeMerge): Promise<CodeRestore> {
  return restoreCodeChange(db, merge);
}

export function restoreDeletedCode(
  db: WorkspaceDb,
  deletion: CodeChangeUndo,
): Promise<CodeRestore> {
  return restoreCodeChange(db, deletion);
}
