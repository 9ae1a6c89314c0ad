/**
 * What changed between two ICP versions (DOMAIN.md §6): every line of IS / IS NOT and the
 * exclusions, and every trait, matched by id because a new draft copies its traits with their
 * ids. A reviewer signs off the whole version, so nothing it holds may be left out of the diff.
 */
import type { IcpVersion } from '../schemas/icpVersion';
import type { Trait, TraitRule } from '../schemas/trait';
import { gridChanges, type GridChange } from './gridChanges';
import { personaChanges, type PersonaChange } from './personaChanges';

export type LineList = 'isLines' | 'isNotLines' | 'exclusions';
export const LINE_LISTS: readonly LineList[] = ['isLines', 'isNotLines', 'exclusions'];

export type VersionChange =
  | { kind: 'line_added'; list: LineList; text: string }
  | { kind: 'line_removed'; list: LineList; text: string }
  | { kind: 'line_edited'; list: LineList; from: string; to: string }
  | { kind: 'trait_added'; trait: Trait }
  | { kind: 'trait_removed'; trait: Trait }
  | { kind: 'trait_renamed'; trait: Trait; from: string; to: string }
  | { kind: 'trait_reweighted'; trait: Trait; from: number; to: number }
  | { kind: 'trait_kind'; trait: Trait; from: Trait['kind']; to: Trait['kind'] }
  | { kind: 'trait_component'; trait: Trait; from: Trait['component']; to: Trait['component'] }
  | { kind: 'trait_rule'; trait: Trait; from: TraitRule | null; to: TraitRule | null }
  | PersonaChange
  | GridChange;

/** What a version holds; a draft's personas and grid settings are the live ones. */
export type VersionContent = Pick<IcpVersion, 'traits' | LineList | 'personas' | 'grid'>;

type Op = { op: 'same' } | { op: 'removed'; text: string } | { op: 'added'; text: string };

/** A longest-common-subsequence walk: the lines both versions keep anchor the rest. */
function lineOps(before: readonly string[], after: readonly string[]): Op[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        before[i] === after[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      ops.push({ op: 'same' });
      i++;
      j++;
    } else if (
      j >= m ||
      (i < n && ((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number))
    ) {
      ops.push({ op: 'removed', text: before[i] as string });
      i++;
    } else {
      ops.push({ op: 'added', text: after[j] as string });
      j++;
    }
  }
  return ops;
}

/**
 * Lines have no ids, so a line removed and another added at the same place between kept lines
 * read as one edited line: that is how a reviewer sees a reworded statement.
 */
export function lineChanges(
  list: LineList,
  before: readonly string[],
  after: readonly string[],
): VersionChange[] {
  const changes: VersionChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      changes.push({
        kind: 'line_edited',
        list,
        from: removed[k] as string,
        to: added[k] as string,
      });
    }
    for (const text of removed.slice(paired)) changes.push({ kind: 'line_removed', list, text });
    for (const text of added.slice(paired)) changes.push({ kind: 'line_added', list, text });
    removed = [];
    added = [];
  };
  for (const op of lineOps(before, after)) {
    if (op.op === 'same') flush();
    else if (op.op === 'removed') removed.push(op.text);
    else added.push(op.text);
  }
  flush();
  return changes;
}

const sameRule = (a: TraitRule | null, b: TraitRule | null) =>
  JSON.stringify(a) === JSON.stringify(b);

const byName = (a: Trait, b: Trait) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export function traitChanges(before: readonly Trait[], after: readonly Trait[]): VersionChange[] {
  const old = new Map(before.map((t) => [t.id, t]));
  const kept = new Set(after.map((t) => t.id));
  const changes: VersionChange[] = [];
  for (const trait of [...after].sort(byName)) {
    const was = old.get(trait.id);
    if (!was) {
      changes.push({ kind: 'trait_added', trait });
      continue;
    }
    if (was.name !== trait.name) {
      changes.push({ kind: 'trait_renamed', trait, from: was.name, to: trait.name });
    }
    if (was.weight !== trait.weight) {
      changes.push({ kind: 'trait_reweighted', trait, from: was.weight, to: trait.weight });
    }
    if (was.kind !== trait.kind) {
      changes.push({ kind: 'trait_kind', trait, from: was.kind, to: trait.kind });
    }
    if (was.component !== trait.component) {
      changes.push({ kind: 'trait_component', trait, from: was.component, to: trait.component });
    }
    if (!sameRule(was.rule, trait.rule)) {
      changes.push({ kind: 'trait_rule', trait, from: was.rule, to: trait.rule });
    }
  }
  for (const trait of [...before].sort(byName)) {
    if (!kept.has(trait.id)) changes.push({ kind: 'trait_removed', trait });
  }
  return changes;
}

/**
 * Statements first, as the ICP reads (IS, IS NOT, exclusions), then the traits that score it,
 * the personas it describes and the grid weights that place its segments.
 */
export function versionChanges(a: VersionContent, b: VersionContent): VersionChange[] {
  return [
    ...LINE_LISTS.flatMap((list) => lineChanges(list, a[list], b[list])),
    ...traitChanges(a.traits, b.traits),
    ...personaChanges(a.personas, b.personas),
    ...gridChanges(a.grid, b.grid),
  ];
}
