/**
 * The ICP brief as Markdown: traits with weights and evidence, IS / IS NOT, exclusions, and
 * the strongest quotes per trait, so the brief carries its own evidence wherever it is pasted.
 * Every user string goes through markdownText: wherever it is pasted, it renders as text.
 */
import type { Account } from '../domain/schemas/account';
import type { Highlight } from '../domain/schemas/highlight';
import type { IcpVersion } from '../domain/schemas/icpVersion';
import type { Trait } from '../domain/schemas/trait';
import { traitEvidence, traitEvidenceQuotes, type TraitEvidence } from '../domain/icp/scoring';
import { describeSeparation } from '../domain/icp/separation';
import { STATUS_LABELS } from '../domain/icp/versions';
import { markdownText } from './markdownText';

export const QUOTES_PER_TRAIT = 3;

const COHORT_RANK: Record<string, number> = { power_user: 0, emerging_promoter: 1 };

/**
 * One quote per account (ten quotes from one customer are one voice), power users first,
 * then the longest: a full sentence says more than "yes, that".
 */
export function strongestQuotes(
  trait: Trait,
  highlights: readonly Highlight[],
  accounts: ReadonlyMap<string, Account>,
  n = QUOTES_PER_TRAIT,
): { text: string; account: Account | undefined }[] {
  const ranked = traitEvidenceQuotes(trait, highlights).sort((a, b) => {
    const ra = COHORT_RANK[accounts.get(a.accountId)?.cohort ?? ''] ?? 2;
    const rb = COHORT_RANK[accounts.get(b.accountId)?.cohort ?? ''] ?? 2;
    return ra - rb || b.anchor.exact.length - a.anchor.exact.length || a.id.localeCompare(b.id);
  });
  const seen = new Set<string>();
  const picked: { text: string; account: Account | undefined }[] = [];
  for (const quote of ranked) {
    if (seen.has(quote.accountId)) continue;
    seen.add(quote.accountId);
    picked.push({ text: quote.anchor.exact, account: accounts.get(quote.accountId) });
    if (picked.length === n) break;
  }
  return picked;
}

const signed = (weight: number) => (weight > 0 ? `+${weight}` : String(weight));
const KIND_LABELS: Record<Trait['kind'], string> = {
  must_have: 'must-have',
  nice_to_have: 'nice-to-have',
  disqualifier: 'disqualifier',
};

function list(lines: readonly string[]): string[] {
  return lines.length ? lines.map((line) => `- ${markdownText(line)}`) : ['- _None yet_'];
}

/** A signed-off version's figures from its snapshot, so the brief says what was approved. */
export interface FrozenBriefFigures {
  evidence: Readonly<Record<string, TraitEvidence>>;
  separation: number | null;
}

export function icpMarkdown(
  version: Pick<
    IcpVersion,
    'number' | 'status' | 'isLines' | 'isNotLines' | 'exclusions' | 'frozenAt'
  >,
  traits: readonly Trait[],
  highlights: readonly Highlight[],
  accounts: readonly Account[],
  frozen: FrozenBriefFigures | null = null,
): string {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const ordered = [...traits].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const out = [
    `# Ideal Customer Profile — version ${version.number}`,
    '',
    `Status: ${STATUS_LABELS[version.status]}${version.frozenAt ? ` (${version.frozenAt.slice(0, 10)})` : ''}`,
    '',
    ...(frozen
      ? [
          `Figures as signed off${version.frozenAt ? ` on ${version.frozenAt.slice(0, 10)}` : ''}.`,
          '',
          `Separation (AUC): ${frozen.separation === null ? '—' : frozen.separation.toFixed(2)}. ${describeSeparation(frozen.separation)}`,
          '',
        ]
      : []),
    '## ICP IS',
    ...list(version.isLines),
    '',
    '## ICP IS NOT',
    ...list(version.isNotLines),
    '',
    '## Exclusions',
    ...list(version.exclusions),
    '',
    '## Traits',
  ];
  if (ordered.length === 0) out.push('', '_No traits yet._');
  for (const trait of ordered) {
    const evidence = frozen
      ? (frozen.evidence[trait.id] ?? { accounts: 0, quotes: 0 })
      : traitEvidence(trait, highlights);
    out.push(
      '',
      `### ${markdownText(trait.name)} (${signed(trait.weight)}, ${KIND_LABELS[trait.kind]}, ${trait.component})`,
      '',
      `Evidence: ${evidence.accounts} accounts, ${evidence.quotes} quotes.`,
    );
    for (const quote of strongestQuotes(trait, highlights, byId)) {
      out.push(
        '',
        `> “${markdownText(quote.text)}” — ${markdownText(quote.account?.name ?? 'Unknown account')}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
