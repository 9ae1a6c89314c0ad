import { z } from 'zod';
import { interviewSchema } from '../../domain/schemas/interview';

/** The form's fields, checked with the interview schema's own rules and messages. */
export const newInterviewFormSchema = z.object({
  accountId: interviewSchema.shape.accountId,
  contactIds: interviewSchema.shape.contactIds,
  /** '' is "no guide"; the select cannot hold null. */
  guideId: z.string(),
  date: interviewSchema.shape.date,
  interviewer: interviewSchema.shape.interviewer,
  channel: interviewSchema.shape.channel,
});
export type NewInterviewFormInput = z.input<typeof newInterviewFormSchema>;
export type NewInterviewFormValues = z.output<typeof newInterviewFormSchema>;

/** Today in the user's time zone: an interview logged at 23:30 belongs to today, not UTC's. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
