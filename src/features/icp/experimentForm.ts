import { z } from 'zod';
import type { ExperimentDetails } from '../../db/experimentsRepo';
import { EXPERIMENT_OUTCOMES } from '../../domain/schemas/experiment';
import { emptyForm } from '../../domain/forms/formFields';
import { isoDate, shortText } from '../../domain/schemas/common';

/** A date input gives '' when empty; the stored record wants null. */
const optionalDate = z.union([z.literal(''), isoDate]);

/** The form asks for every agreed field up front: an experiment is planned to be started. */
export const experimentFormSchema = z
  .object({
    hypothesis: shortText('Hypothesis', 2000),
    targetSegment: shortText('Target segment', 500),
    successCriteria: shortText('Success criteria', 2000),
    startDate: optionalDate,
    endDate: optionalDate,
  })
  .refine((v) => v.startDate === '' || v.endDate === '' || v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'The end cannot be before the start.',
  });
export type ExperimentFormValues = z.infer<typeof experimentFormSchema>;

export const EMPTY_EXPERIMENT: ExperimentFormValues = emptyForm(experimentFormSchema);

export function formToExperiment(
  values: ExperimentFormValues,
  icpVersionId: string | null,
): ExperimentDetails {
  return {
    icpVersionId,
    hypothesis: values.hypothesis,
    targetSegment: values.targetSegment,
    successCriteria: values.successCriteria,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
  };
}

export const finishFormSchema = z.object({
  result: shortText('Result', 4000),
  outcome: z.enum(EXPERIMENT_OUTCOMES, { message: 'Choose whether the criteria were met.' }),
});
export type FinishFormValues = z.infer<typeof finishFormSchema>;

export const OUTCOME_LABELS: Record<(typeof EXPERIMENT_OUTCOMES)[number], string> = {
  met: 'Criteria met',
  not_met: 'Criteria not met',
  inconclusive: 'Inconclusive',
};

export const EXPERIMENT_STATUS_LABELS = {
  planned: 'Planned',
  running: 'Running',
  done: 'Done',
} as const;

export const endEarlyFormSchema = z.object({
  reason: shortText('Reason', 4000),
});
export type EndEarlyFormValues = z.infer<typeof endEarlyFormSchema>;
