import type { Experiment, ExperimentOutcome } from './schemas/experiment';

export const LOCKED_MESSAGE = 'Locked when the experiment started';

/** The fields agreed before the start; changing them afterwards would move the goalposts. */
export const AGREED_FIELDS = ['hypothesis', 'targetSegment', 'successCriteria'] as const;
export type AgreedField = (typeof AGREED_FIELDS)[number];

export const AGREED_LABELS: Record<AgreedField, string> = {
  hypothesis: 'Hypothesis',
  targetSegment: 'Target segment',
  successCriteria: 'Success criteria',
};

export function canEditCriteria(exp: Pick<Experiment, 'status'>): boolean {
  return exp.status === 'planned';
}

/** The agreed fields an edit would change, so a refusal can name them. */
export function changedAgreedFields(
  exp: Experiment,
  edit: Partial<Pick<Experiment, AgreedField>>,
): AgreedField[] {
  return AGREED_FIELDS.filter((f) => edit[f] !== undefined && edit[f].trim() !== exp[f]);
}

/** Starting fixes the agreement: it refuses while any agreed field is still blank. */
export function startExperiment(exp: Experiment, today: string): Experiment {
  if (exp.status !== 'planned') throw new Error('This experiment has already started.');
  const blank = AGREED_FIELDS.filter((f) => exp[f].trim() === '');
  if (blank.length > 0) {
    const names = blank.map((f) => AGREED_LABELS[f]).join(', ');
    throw new Error(`Agree on these before starting: ${names}.`);
  }
  return { ...exp, status: 'running', startDate: today };
}

export interface ExperimentFinish {
  result: string;
  outcome: ExperimentOutcome;
}

/** Only a running experiment can finish: its result is judged against the agreed criteria. */
export function finishExperiment(
  exp: Experiment,
  { result, outcome }: ExperimentFinish,
  today: string,
): Experiment {
  if (exp.status === 'planned') throw new Error('Start the experiment before finishing it.');
  if (exp.status === 'done') throw new Error('This experiment has already finished.');
  const text = result.trim();
  if (text === '') throw new Error('Describe the result before finishing.');
  // The planned end gives way to the real one, which is what the result covers.
  return { ...exp, status: 'done', result: text, outcome, endDate: today };
}

/**
 * A started experiment stays on record: its criteria were agreed before it ran, and deleting it
 * would let a failed test disappear. Only a plan that never ran can go.
 */
export function canDeleteExperiment(exp: Pick<Experiment, 'status'>): boolean {
  return exp.status === 'planned';
}

export const STARTED_NOT_DELETABLE =
  'A started experiment cannot be deleted, so its agreed criteria and result stay on record. End it early instead, with the reason.';

/** Ending early keeps the record, with the reason as its result and no verdict on the criteria. */
export function endExperimentEarly(exp: Experiment, reason: string, today: string): Experiment {
  if (exp.status !== 'running') throw new Error('Only a running experiment can be ended early.');
  const text = reason.trim();
  if (text === '') throw new Error('Say why the experiment ends early.');
  return {
    ...exp,
    status: 'done',
    result: text,
    outcome: 'inconclusive',
    endDate: today,
    endedEarly: true,
  };
}
