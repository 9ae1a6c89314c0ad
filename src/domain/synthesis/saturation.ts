/**
 * Saturation (DOMAIN.md §3): keep interviewing a cohort until new answers stop appearing.
 * The curve counts distinct codes, not accounts: the question is whether a new call still
 * teaches a new theme.
 */
import type { CohortKey } from '../cohortOverview';
import type { Code } from '../schemas/code';
import type { Interview } from '../schemas/interview';
import {
  cohortKeyOf,
  compareCodes,
  compareText,
  forEachCountedCode,
  forEachQuote,
  synthesisScope,
  type SynthesisFilters,
  type SynthesisInput,
} from './synthesisInput';

export interface SaturationPoint {
  /** 1-based position in the tour of this cohort. */
  position: number;
  interview: Interview;
  /** Codes first heard in this interview, in codebook order. */
  newCodes: Code[];
  /** Distinct codes heard up to and including this interview. */
  cumulativeCodes: number;
}

/** The cohort's interviews that took place, oldest first (id settles a shared date). */
export function saturationCurve(
  input: SynthesisInput,
  cohort: CohortKey,
  filters: SynthesisFilters = {},
): SaturationPoint[] {
  const scope = synthesisScope(input, filters);
  const codesByInterview = new Map<Interview, Set<Code>>();
  forEachQuote(scope, (highlight, interview, account) => {
    if (cohortKeyOf(account) !== cohort) return;
    const codes = codesByInterview.get(interview) ?? new Set<Code>();
    codesByInterview.set(interview, codes);
    forEachCountedCode(scope, highlight, (code) => codes.add(code));
  });

  const interviews = scope.interviews
    .filter((interview) => {
      const account = scope.accountsById.get(interview.accountId);
      return account !== undefined && cohortKeyOf(account) === cohort;
    })
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));

  const seen = new Set<Code>();
  return interviews.map((interview, index): SaturationPoint => {
    const newCodes = [...(codesByInterview.get(interview) ?? [])]
      .filter((code) => !seen.has(code))
      .sort(compareCodes);
    for (const code of newCodes) seen.add(code);
    return { position: index + 1, interview, newCodes, cumulativeCodes: seen.size };
  });
}

export interface SaturationVerdict {
  saturated: boolean;
  /** New codes added by the last `window` interviews; null when there are too few to judge. */
  newInWindow: number | null;
  message: string;
}

const codesPhrase = (n: number) => `${n} new ${n === 1 ? 'code' : 'codes'}`;

/** Saturated when the last `window` interviews added no code the cohort had not already given. */
export function saturationVerdict(
  curve: readonly SaturationPoint[],
  window = 4,
): SaturationVerdict {
  if (!Number.isInteger(window) || window < 1) {
    throw new RangeError(`Window must be a whole number ≥ 1, got ${window}.`);
  }
  if (curve.length < window) {
    return {
      saturated: false,
      newInWindow: null,
      message: `Too few interviews to judge (${curve.length} of ${window})`,
    };
  }
  const last = curve[curve.length - 1];
  if (!last || last.cumulativeCodes === 0) {
    return { saturated: false, newInWindow: 0, message: 'No coded quotes yet' };
  }
  const newInWindow = curve.slice(-window).reduce((sum, point) => sum + point.newCodes.length, 0);
  const interviews = window === 1 ? 'interview' : `${window} interviews`;
  if (newInWindow === 0) {
    return {
      saturated: true,
      newInWindow,
      message: `Last ${interviews} added no new theme`,
    };
  }
  return {
    saturated: false,
    newInWindow,
    message: `Still finding new themes: the last ${interviews} added ${codesPhrase(newInWindow)}`,
  };
}
