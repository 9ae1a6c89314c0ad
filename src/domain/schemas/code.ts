import { z } from 'zod';
import { optionalText, recordBase, shortText } from './common';

/** The codebook of DOMAIN.md §3; failure reasons are split by what they call for. */
export const CODE_KINDS = [
  'pain_point',
  'buying_trigger',
  'decision_criterion',
  'persona',
  'channel',
  'competitor',
  'outcome',
  'favourite_aspect',
  'expansion_signal',
  'failure_product',
  'failure_process',
  'failure_external',
] as const;
export const codeKindSchema = z.enum(CODE_KINDS, {
  message: 'Pick a code kind from the codebook.',
});
export type CodeKind = z.infer<typeof codeKindSchema>;

export const CODE_KIND_LABELS: Record<CodeKind, string> = {
  pain_point: 'Pain point',
  buying_trigger: 'Buying trigger',
  decision_criterion: 'Decision criterion',
  persona: 'Persona / buying role',
  channel: 'Channel',
  competitor: 'Competitor / alternative',
  outcome: 'Outcome / value',
  favourite_aspect: 'Favourite aspect',
  expansion_signal: 'Expansion signal',
  failure_product: 'Failure reason: product',
  failure_process: 'Failure reason: process',
  failure_external: 'Failure reason: external',
};

export const codeSchema = z.object({
  ...recordBase,
  name: shortText('Code name', 120),
  kind: codeKindSchema,
  description: optionalText('Description', 2000),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'Colour must be a hex colour like #3366cc.'),
  parentId: z.string().nullable(),
  /**
   * The codebook's own pins: Alt+1…9 only on calls of an interview without a guide. A guide's
   * calls use the guide's pins (guide.pinnedCodeIds, domain/guidePins.ts).
   */
  pinned: z.boolean(),
});
export type Code = z.infer<typeof codeSchema>;
