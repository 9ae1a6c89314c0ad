import { COMPONENT_LABELS as GRID_COMPONENT_LABELS } from '../../domain/icp/icpGrid';
import type { NameDelta } from '../../domain/icp/personaChanges';
import { describeRule } from '../../domain/icp/scoring';
import type { LineList, VersionChange } from '../../domain/icp/versionDiff';
import type { Code } from '../../domain/schemas/code';
import { COMPONENT_LABELS, FIELD_LABELS, KIND_LABELS, signedWeight } from './icpLabels';

export const LINE_LIST_LABELS: Record<LineList, string> = {
  isLines: 'ICP IS',
  isNotLines: 'ICP IS NOT',
  exclusions: 'Exclusion',
};

/** "titles: + Head of Ops, − CFO" — only the parts that moved. */
function deltaText(what: string, d: NameDelta): string | null {
  const parts = [...d.added.map((n) => `+ ${n}`), ...d.removed.map((n) => `− ${n}`)];
  return parts.length === 0 ? null : `${what} ${parts.join(', ')}`;
}

const AXIS_LABELS = { pmf: 'PMF', gtm: 'GTM' } as const;

/** One sentence per change, the same in the list and in the one-at-a-time review. */
export function versionChangeText(change: VersionChange, codes: readonly Code[]): string {
  const rule = (r: Parameters<typeof describeRule>[0]) =>
    describeRule(
      r,
      (id) => codes.find((c) => c.id === id)?.name ?? 'a deleted code',
      (field) => FIELD_LABELS[field],
    );
  switch (change.kind) {
    case 'line_added':
      return `${LINE_LIST_LABELS[change.list]} line added: “${change.text}”`;
    case 'line_removed':
      return `${LINE_LIST_LABELS[change.list]} line removed: “${change.text}”`;
    case 'line_edited':
      return `${LINE_LIST_LABELS[change.list]} line edited: “${change.from}” → “${change.to}”`;
    case 'trait_added':
      return `Trait added: ${change.trait.name} (${signedWeight(change.trait.weight)}, ${KIND_LABELS[change.trait.kind]}, ${COMPONENT_LABELS[change.trait.component]})`;
    case 'trait_removed':
      return `Trait removed: ${change.trait.name} (${signedWeight(change.trait.weight)})`;
    case 'trait_renamed':
      return `Trait renamed: “${change.from}” → “${change.to}”`;
    case 'trait_reweighted':
      return `${change.trait.name}: weight ${signedWeight(change.from)} → ${signedWeight(change.to)}`;
    case 'trait_kind':
      return `${change.trait.name}: ${KIND_LABELS[change.from]} → ${KIND_LABELS[change.to]}`;
    case 'trait_component':
      return `${change.trait.name}: component ${COMPONENT_LABELS[change.from]} → ${COMPONENT_LABELS[change.to]}`;
    case 'trait_rule':
      return `${change.trait.name}: rule “${rule(change.from)}” → “${rule(change.to)}”`;
    case 'persona_added':
      return `Persona added: ${change.persona.name} (${change.persona.accounts} accounts)`;
    case 'persona_removed':
      return `Persona removed: ${change.persona.name}`;
    case 'persona_changed': {
      const { accounts } = change;
      const parts = [
        deltaText('titles', change.titles),
        deltaText('goals', change.goals),
        deltaText('pains', change.pains),
        accounts.from === accounts.to ? null : `accounts ${accounts.from} → ${accounts.to}`,
      ].filter((p) => p !== null);
      return `Persona ${change.persona.name}: ${parts.join('; ')}`;
    }
    case 'grid_weight':
      return `ICP Grid ${AXIS_LABELS[change.axis]} weight of ${GRID_COMPONENT_LABELS[change.component]}: ${change.from} → ${change.to}`;
    case 'grid_core_pain': {
      const name = (id: string | null) =>
        id === null ? 'automatic' : `“${codes.find((c) => c.id === id)?.name ?? 'a deleted code'}”`;
      return `ICP Grid core pain: ${name(change.from)} → ${name(change.to)}`;
    }
  }
}
