/**
 * The ICP brief as Markdown: separation, reviewer decisions, IS / IS NOT, exclusions, traits
 * with weights and evidence (the strongest quotes, or for a field-based trait its power-user
 * vs churner figures), personas and findings, so the brief carries its own evidence wherever
 * it is pasted. Every user string goes through markdownText: it renders as text.
 */
import type { Account } from '../domain/schemas/account';
import type { Highlight } from '../domain/schemas/highlight';
import type { IcpVersion } from '../domain/schemas/icpVersion';
import type { Trait } from '../domain/schemas/trait';
import type { Persona } from '../domain/icp/personas';
import { traitEvidence, traitEvidenceQuotes, type TraitEvidence } from '../domain/icp/scoring';
import { describeSeparation } from '../domain/icp/separation';
import { describeTraitFigures, isFieldTrait, type TraitFigures } from '../domain/icp/traitFigures';
import { STATUS_LABELS } from '../domain/icp/versions';
import {
  findingsSection,
  personasSection,
  reviewSection,
  type BriefFinding,
} from './icpBriefSections';
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

/** What the brief adds when the page has it; each part left out is left out of the brief. */
export interface BriefExtras {
  /** A draft's separation today; a signed-off version's comes from its frozen figures. */
  separation?: number | null;
  /** Field-based traits' figures by trait id (traitFigures.fieldTraitFigures). */
  fieldFigures?: ReadonlyMap<string, TraitFigures>;
  personas?: { personas: readonly Persona[]; base: number };
  findings?: readonly BriefFinding[];
}

const auc = (separation: number | null) =>
  `Separation (AUC): ${separation === null ? '—' : separation.toFixed(2)}. ${describeSeparation(separation)}`;

export function icpMarkdown(
  version: Pick<
    IcpVersion,
    'number' | 'status' | 'isLines' | 'isNotLines' | 'exclusions' | 'frozenAt'
  > &
    Partial<Pick<IcpVersion, 'signOffs'>>,
  traits: readonly Trait[],
  highlights: readonly Highlight[],
  accounts: readonly Account[],
  frozen: FrozenBriefFigures | null = null,
  extras: BriefExtras = {},
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
          auc(frozen.separation),
          '',
        ]
      : extras.separation !== undefined
        ? ['Figures as of today.', '', auc(extras.separation), '']
        : []),
    ...reviewSection(version.signOffs ?? []),
    '',
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
    const figures = isFieldTrait(trait) ? extras.fieldFigures?.get(trait.id) : undefined;
    out.push(
      '',
      `### ${markdownText(trait.name)} (${signed(trait.weight)}, ${KIND_LABELS[trait.kind]}, ${trait.component})`,
      '',
    );
    // A field-based trait rests on CRM fields, so its figure is the match, not the quotes.
    if (figures) out.push(`Matches ${describeTraitFigures(figures)}.`);
    if (!figures || evidence.quotes > 0) {
      out.push(`Evidence: ${evidence.accounts} accounts, ${evidence.quotes} quotes.`);
    }
    for (const quote of strongestQuotes(trait, highlights, byId)) {
      out.push(
        '',
        `> “${markdownText(quote.text)}” — ${markdownText(quote.account?.name ?? 'Unknown account')}`,
      );
    }
  }
  if (extras.personas) {
    out.push('', ...personasSection(extras.personas.personas, extras.personas.base));
  }
  if (extras.findings) out.push('', ...findingsSection(extras.findings));
  return `${out.join('\n')}\n`;
}
