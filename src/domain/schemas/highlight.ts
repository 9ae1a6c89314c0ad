import { z } from 'zod';
import { optionalText, recordBase } from './common';

/** A W3C text-quote selector plus position hint, so a quote survives edits around it. */
export const anchorSchema = z
  .object({
    exact: z.string().min(1, 'A quote needs some text.').max(20_000),
    prefix: z.string().max(64),
    suffix: z.string().max(64),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    source: z.enum(['notes', 'transcript']),
  })
  .refine((a) => a.end > a.start, { message: 'A quote must end after it starts.' });
export type Anchor = z.infer<typeof anchorSchema>;

export const highlightSchema = z.object({
  ...recordBase,
  interviewId: z.string().min(1),
  /** Denormalised from the interview: synthesis counts distinct accounts, not quotes. */
  accountId: z.string().min(1),
  codeIds: z.array(z.string()),
  traitIds: z.array(z.string()),
  anchor: anchorSchema,
  speaker: optionalText('Speaker', 200),
  comment: optionalText('Comment', 2000),
});
export type Highlight = z.infer<typeof highlightSchema>;
