import { z } from 'zod';
import { isoDate, optionalText, recordBase } from './common';

export const EXPERIMENT_STATUSES = ['planned', 'running', 'done'] as const;
export const EXPERIMENT_OUTCOMES = ['met', 'not_met', 'inconclusive'] as const;

/**
 * A test of the ICP. The fields a planned experiment may leave blank are the ones that must be
 * filled before it starts, so the draft can be saved while the team is still agreeing on them.
 */
export const experimentSchema = z.object({
  ...recordBase,
  icpVersionId: z.string().min(1).nullable(),
  hypothesis: z
    .string({ message: 'Hypothesis must be text.' })
    .trim()
    .max(2000, 'Hypothesis is longer than 2000 characters.'),
  targetSegment: z
    .string({ message: 'Target segment must be text.' })
    .trim()
    .max(500, 'Target segment is longer than 500 characters.'),
  successCriteria: z
    .string({ message: 'Success criteria must be text.' })
    .trim()
    .max(2000, 'Success criteria are longer than 2000 characters.'),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  status: z.enum(EXPERIMENT_STATUSES),
  result: optionalText('Result', 4000),
  outcome: z.enum(EXPERIMENT_OUTCOMES).nullable(),
  /** Ended before its planned end; `result` then holds the reason. Absent on older records. */
  endedEarly: z.boolean().optional(),
});
export type Experiment = z.infer<typeof experimentSchema>;
export type ExperimentStatus = Experiment['status'];
export type ExperimentOutcome = NonNullable<Experiment['outcome']>;
