/**
 * Splits free-text loss reasons into the three failure kinds of DOMAIN.md §3 (product,
 * process, external) by keyword. The split decides what the team does next, so the rules are
 * editable and whatever they cannot place is shown to the user rather than guessed.
 */
import type { FailureCategory } from '../../domain/schemas/deal';

export interface LossRule {
  keyword: string;
  category: FailureCategory;
}

const rules = (category: FailureCategory, keywords: readonly string[]): LossRule[] =>
  keywords.map((keyword) => ({ keyword, category }));

/** Ordered: the first matching rule wins ("lost at security review: no SSO" is product). */
export const DEFAULT_LOSS_RULES: readonly LossRule[] = [
  ...rules('product', ['missing feature', 'integration', 'SSO', 'capability', 'API']),
  ...rules('process', [
    'security review',
    'no champion',
    'onboarding',
    'pricing',
    'price',
    'timing',
    'implementation',
    'support',
    'procurement',
  ]),
  ...rules('external', [
    'budget freeze',
    'budget cut',
    'acquisition',
    'acquired',
    'merger',
    'champion left',
    'company closed',
  ]),
];

export type LossClassifier = (reason: string) => FailureCategory | null;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole words, case-insensitive, plurals included: "API" matches "APIs" but not "rapid",
 * "capability" matches "capabilities". Built once per import, then one test per rule per row.
 */
function keywordPattern(keyword: string): RegExp | null {
  const words = keyword.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  const last = words.pop();
  if (last === undefined) return null;
  const plural = /y$/i.test(last) ? `${last.slice(0, -1)}(?:y|ies)` : `${last}(?:s|es)?`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${[...words, plural].join('\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
}

export function compileLossRules(lossRules: readonly LossRule[]): LossClassifier {
  const compiled = lossRules.flatMap((rule) => {
    const pattern = keywordPattern(rule.keyword);
    return pattern ? [{ pattern, category: rule.category }] : [];
  });
  return (reason) => compiled.find(({ pattern }) => pattern.test(reason))?.category ?? null;
}

export function classifyLossReason(
  reason: string,
  lossRules: readonly LossRule[] = DEFAULT_LOSS_RULES,
): FailureCategory | null {
  return compileLossRules(lossRules)(reason);
}

/** Reasons are compared trimmed and case-insensitively, so "Pricing " and "pricing" are one. */
export const reasonKey = (reason: string): string => reason.trim().toLowerCase();
