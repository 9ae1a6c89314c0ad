/**
 * HubSpot's Lifecycle Stage decides who is a customer. A "Became a Customer Date" or a mapped
 * Create Date on a lead must not make it a current customer in the cohort rules, and a stage we
 * do not know ("Other", a team's own stage, a blank cell) is asked about, never guessed.
 */
import { headerKey } from './presets';

export type LifecycleClass = 'customer' | 'former_customer' | 'prospect';
/** The user's answer for a stage we cannot classify. */
export type LifecycleAnswer = 'customer' | 'not_customer';

const KNOWN: Readonly<Record<string, LifecycleClass>> = {
  customer: 'customer',
  evangelist: 'customer',
  formercustomer: 'former_customer',
  pastcustomer: 'former_customer',
  churned: 'former_customer',
  churnedcustomer: 'former_customer',
  subscriber: 'prospect',
  lead: 'prospect',
  marketingqualifiedlead: 'prospect',
  mql: 'prospect',
  salesqualifiedlead: 'prospect',
  sql: 'prospect',
  opportunity: 'prospect',
};

/** Answers are keyed by this, so "Other" and "other " share one question. */
export const lifecycleKey = (stage: string): string => headerKey(stage);

/** The class of a stage: known, answered by the user, or null while it is still a question. */
export function classifyLifecycle(
  stage: string,
  answers: Readonly<Record<string, LifecycleAnswer>>,
): LifecycleClass | null {
  const key = lifecycleKey(stage);
  const known = Object.hasOwn(KNOWN, key) ? KNOWN[key] : undefined;
  if (known !== undefined) return known;
  const answer = Object.hasOwn(answers, key) ? answers[key] : undefined;
  if (answer === undefined) return null;
  return answer === 'customer' ? 'customer' : 'prospect';
}

export interface LifecycleQuestion {
  /** The stage as the file first spells it; '' for blank cells. */
  stage: string;
  key: string;
  count: number;
  /** The user's answer so far: still shown, so it can be changed before the import. */
  answer: LifecycleAnswer | null;
}

/** Whether the import knows what a stage means without asking. */
export function isKnownLifecycle(stage: string): boolean {
  return Object.hasOwn(KNOWN, lifecycleKey(stage));
}

interface Dated {
  customerSince: string | null;
  churnedAt: string | null;
  cohort: string | null;
  cohortSource: 'manual' | 'rule' | null;
}

/**
 * The customer dates a stage allows: a prospect has none, whatever the date columns say. A
 * former customer with no churn date still left, so it is filed as a churner, as the CRM says.
 */
export function applyLifecycle<T extends Dated>(content: T, stage: LifecycleClass): T {
  if (stage === 'prospect') return { ...content, customerSince: null, churnedAt: null };
  if (stage === 'former_customer' && content.churnedAt === null && content.cohort === null) {
    return { ...content, cohort: 'churner', cohortSource: 'manual' };
  }
  return content;
}
