/**
 * The method of DOMAIN.md as a checklist: where a workspace stands on each step, from the CRM
 * exports to a signed-off ICP, and which step comes next. Pure: the counts come from the caller.
 */
import { COHORT_LABELS, COHORTS, type Cohort } from './schemas/cohort';
import type { IcpVersion } from './schemas/icpVersion';
import {
  coverageGaps,
  type CohortCoverage,
  type InterviewTargetOption,
} from './synthesis/coverageGaps';
import type { SynthesisInput } from './synthesis/synthesisInput';

/** The counts the checklist takes as they are, from the workspace to its steps. */
type CountedAsIs =
  | 'guides'
  | 'guideCohorts'
  | 'quotes'
  | 'codedQuotes'
  | 'findings'
  | 'acceptedFindings'
  | 'traits'
  | 'versions';

/** What the checklist reads from a workspace: the tour's input, and counts of the rest. */
export interface MethodInput extends Pick<MethodCounts, CountedAsIs> {
  /** Accounts, deals and interviews, with the quotes that decide whether a call was held. */
  tour: SynthesisInput;
}

export interface MethodCounts {
  accounts: number;
  deals: number;
  /** Accounts per cohort; a cohort with none is missing from the tour. */
  accountsByCohort: Readonly<Record<Cohort, number>>;
  /** Cohorts a guide is written for (a guide for no cohort counts for none). */
  guideCohorts: ReadonlySet<Cohort>;
  guides: number;
  /** Distinct accounts interviewed per cohort against its target (coverageGaps). */
  coverage: readonly Pick<CohortCoverage, 'cohort' | 'interviewedAccounts' | 'target' | 'met'>[];
  interviews: number;
  quotes: number;
  codedQuotes: number;
  findings: number;
  acceptedFindings: number;
  traits: number;
  versions: readonly Pick<IcpVersion, 'status' | 'number'>[];
}

export type StepId =
  'numbers' | 'cohorts' | 'guides' | 'interviews' | 'coding' | 'synthesis' | 'icp' | 'review';

export interface MethodStep {
  id: StepId;
  title: string;
  /** What the workspace holds for this step, or what is missing. */
  detail: string;
  done: boolean;
  /** Where the step is done, and what the link says. */
  to: string;
  action: string;
}

export interface MethodProgress {
  steps: MethodStep[];
  done: number;
  /** The first step not done yet; null once the ICP is signed off and every step is done. */
  next: StepId | null;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const names = (cohorts: readonly Cohort[]) =>
  cohorts.map((c) => COHORT_LABELS[c].toLowerCase()).join(', ');

function numbersStep(c: MethodCounts): MethodStep {
  return {
    id: 'numbers',
    title: 'Import accounts and deals',
    detail:
      c.accounts === 0 && c.deals === 0
        ? 'No accounts or deals yet. Start from your CRM exports.'
        : `${plural(c.accounts, 'account')} and ${plural(c.deals, 'deal')}.` +
          (c.deals === 0 ? ' Import deals too: win rate and sales cycle come from them.' : ''),
    done: c.accounts > 0 && c.deals > 0,
    to: '/accounts',
    action: 'Go to Accounts',
  };
}

function cohortsStep(c: MethodCounts): MethodStep {
  const empty = COHORTS.filter((cohort) => c.accountsByCohort[cohort] === 0);
  const filled = COHORTS.length - empty.length;
  return {
    id: 'cohorts',
    title: 'Group accounts into cohorts',
    detail:
      empty.length === 0
        ? 'All four cohorts have accounts.'
        : `${filled} of 4 cohorts have accounts; none yet in ${names(empty)}.`,
    done: empty.length === 0,
    to: '/accounts/overview',
    action: 'Open the cohort overview',
  };
}

function guidesStep(c: MethodCounts): MethodStep {
  const missing = COHORTS.filter((cohort) => !c.guideCohorts.has(cohort));
  return {
    id: 'guides',
    title: 'Write an interview guide per cohort',
    detail:
      missing.length === 0
        ? `${plural(c.guides, 'guide')}, one for every cohort.`
        : `No guide yet for ${names(missing)}.`,
    done: missing.length === 0,
    to: '/guides',
    action: 'Go to Guides',
  };
}

function interviewsStep(c: MethodCounts): MethodStep {
  const heard = c.coverage
    .map((k) => `${COHORT_LABELS[k.cohort].toLowerCase()} ${k.interviewedAccounts}/${k.target}`)
    .join(', ');
  return {
    id: 'interviews',
    title: 'Interview each cohort',
    detail:
      c.interviews === 0
        ? 'No interviews yet. The tour plan says who to talk to first.'
        : `${plural(c.interviews, 'interview')}; accounts heard against the targets: ${heard}.`,
    done: c.coverage.every((k) => k.met),
    to: '/interviews/plan',
    action: 'Open the tour plan',
  };
}

function codingStep(c: MethodCounts): MethodStep {
  const uncoded = c.quotes - c.codedQuotes;
  return {
    id: 'coding',
    title: 'Code the quotes',
    detail:
      c.quotes === 0
        ? 'No quotes yet. Mark them in the notes or transcript of an interview.'
        : uncoded === 0
          ? `All ${plural(c.quotes, 'quote')} carry a code.`
          : `${plural(uncoded, 'quote')} of ${c.quotes.toLocaleString('en-US')} still without a code.`,
    done: c.quotes > 0 && uncoded === 0,
    to: '/quotes',
    action: 'Go to Quotes',
  };
}

function synthesisStep(c: MethodCounts): MethodStep {
  return {
    id: 'synthesis',
    title: 'Synthesise findings',
    detail:
      c.findings === 0
        ? 'No findings yet. Synthesis counts each code by distinct accounts per cohort.'
        : `${plural(c.findings, 'finding')}, ${c.acceptedFindings} accepted.`,
    done: c.acceptedFindings > 0,
    to: '/synthesis',
    action: 'Go to Synthesis',
  };
}

const latest = (c: MethodCounts) =>
  c.versions.reduce<MethodCounts['versions'][number] | null>(
    (best, v) => (best === null || v.number > best.number ? v : best),
    null,
  );

function icpStep(c: MethodCounts): MethodStep {
  const submitted = c.versions.some((v) => v.status !== 'draft');
  return {
    id: 'icp',
    title: 'Draft the ICP and send it for review',
    detail:
      c.traits === 0
        ? 'No traits yet. Each trait is a must-have, nice-to-have or disqualifier.'
        : `${plural(c.traits, 'trait')}; ${submitted ? 'a version went to review' : 'the draft is not in review yet'}.`,
    done: c.traits > 0 && submitted,
    to: '/icp',
    action: 'Go to ICP',
  };
}

function reviewStep(c: MethodCounts): MethodStep {
  const signed = c.versions.filter((v) => v.status === 'signed_off');
  const newest = latest(c);
  return {
    id: 'review',
    title: 'Review and sign off',
    detail:
      signed.length === 0
        ? newest?.status === 'in_review'
          ? `Version ${newest.number} is in review.`
          : 'No version signed off yet.'
        : `${plural(signed.length, 'version')} signed off.`,
    done: signed.length > 0,
    to: '/icp',
    action: 'Go to ICP',
  };
}

export function methodCounts(input: MethodInput, targets: InterviewTargetOption): MethodCounts {
  const { tour, ...rest } = input;
  const accountsByCohort = Object.fromEntries(COHORTS.map((c) => [c, 0])) as Record<Cohort, number>;
  for (const account of tour.accounts) {
    if (account.cohort) accountsByCohort[account.cohort] += 1;
  }
  return {
    ...rest,
    accounts: tour.accounts.length,
    deals: tour.deals.length,
    accountsByCohort,
    coverage: coverageGaps(tour, { targetPerCohort: targets }).cohorts,
    interviews: tour.interviews.length,
  };
}

export function methodProgress(counts: MethodCounts): MethodProgress {
  const steps = [
    numbersStep(counts),
    cohortsStep(counts),
    guidesStep(counts),
    interviewsStep(counts),
    codingStep(counts),
    synthesisStep(counts),
    icpStep(counts),
    reviewStep(counts),
  ];
  return {
    steps,
    done: steps.filter((s) => s.done).length,
    next: steps.find((s) => !s.done)?.id ?? null,
  };
}
