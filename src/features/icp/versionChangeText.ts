import { describeRule } from '../../domain/icp/scoring';
import type { LineList, VersionChange } from '../../domain/icp/versionDiff';
import type { Code } from '../../domain/schemas/code';
import { COMPONENT_LABELS, FIELD_LABELS, KIND_LABELS, signedWeight } from './icpLabels';

export const LINE_LIST_LABELS: Record<LineList, string> = {
  isLines: 'ICP IS',
  isNotLines: 'ICP IS NOT',
  exclusions: 'Exclusion',
};

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
  }
}
