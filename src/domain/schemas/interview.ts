import { z } from 'zod';
import { isoDate, optionalText, recordBase, shortText } from './common';
import { anchorSchema } from './highlight';
import { pairsSchema } from './pairs';

export const transcriptSegmentSchema = z
  .object({
    speaker: z.string().max(200),
    startMs: z.number().int().min(0),
    endMs: z.number().int().min(0),
    text: z.string().max(100_000),
  })
  .refine((s) => s.endMs >= s.startMs, { message: 'A segment cannot end before it starts.' });
export type TranscriptSegment = z.infer<typeof transcriptSegmentSchema>;

/** Transcript speaker label → "interviewer" or a contact id. */
export const speakerMapSchema = pairsSchema(z.string(), z.string(), 'Speaker map');
export type SpeakerMap = z.output<typeof speakerMapSchema>;

/**
 * A version of the notes kept beside them because it was written against text that had changed
 * meanwhile (another tab, a closing tab): the user resolves it, side by side. `id` is the draft
 * (one editor in one tab) that wrote it, so that editor keeps writing to its own copy.
 */
export const notesCopySchema = z.object({
  id: z.string().min(1),
  text: z
    .string()
    .max(2_000_000, 'A kept version of the notes is longer than 2,000,000 characters.'),
  savedAt: z.iso.datetime(),
});
export type NotesCopy = z.infer<typeof notesCopySchema>;

/**
 * A guide question ticked off during the call, with the notes line that answers it (anchored
 * as quotes are, so it survives edits around it); null when the line was empty.
 */
export const askedQuestionSchema = z.object({
  questionId: z.string().min(1),
  at: z.iso.datetime(),
  anchor: anchorSchema.nullable(),
});
export type AskedQuestion = z.infer<typeof askedQuestionSchema>;

export const INTERVIEW_CHANNELS = ['video', 'phone', 'in_person', 'other'] as const;
export const INTERVIEW_STATUSES = ['planned', 'in_progress', 'done'] as const;

export const interviewSchema = z.object({
  ...recordBase,
  accountId: z.string().min(1, 'Pick the account this interview is with.'),
  contactIds: z.array(z.string()),
  date: isoDate,
  interviewer: shortText('Interviewer', 200),
  guideId: z.string().nullable(),
  channel: z.enum(INTERVIEW_CHANNELS, {
    message: 'Channel must be video, phone, in person or other.',
  }),
  /** Plain text; live notes carry their elapsed-time stamps inline ("[04:12] ..."). */
  notes: z.string().max(2_000_000, 'Notes are longer than 2,000,000 characters.'),
  /** Versions of the notes that collided with them; absent on records written before they existed. */
  notesCopies: z.array(notesCopySchema).optional(),
  /** Guide questions ticked off; absent on records written before ticking existed. */
  askedQuestions: z.array(askedQuestionSchema).max(200).optional(),
  startedAt: z.iso.datetime().nullable(),
  transcript: z.array(transcriptSegmentSchema).nullable(),
  speakerMap: speakerMapSchema,
  status: z.enum(INTERVIEW_STATUSES),
  summary: optionalText('Summary', 5000),
});
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewChannel = Interview['channel'];
