import { z } from 'zod';
import { icpGridSettingsSchema } from '../icp/icpGridSettings';
import { COHORTS } from './cohort';
import { BUYING_ROLES } from './contact';
import { recordBase, shortText } from './common';
import { pairsSchema } from './pairs';
import { traitSchema } from './trait';

export const signOffSchema = z.object({
  name: shortText('Reviewer name', 200),
  role: shortText('Reviewer role', 200),
  decision: z.enum(['approve', 'request_changes']),
  comment: z.string().max(5000),
  at: z.iso.datetime(),
  /**
   * The signed-in person, once reviewers have accounts; until then decisions carry the typed
   * name only. Optional, so decisions recorded and backed up before it still parse.
   */
  reviewerId: z.string().min(1).nullable().optional(),
});
export type SignOff = z.infer<typeof signOffSchema>;

const frozenAccountSchema = z.object({
  cohort: z.enum([...COHORTS, 'unassigned']),
  matched: z.array(z.number().int().min(0)),
});

const personaThemeSchema = z.object({
  name: z.string().max(500),
  accounts: z.number().int().min(0),
  quotes: z.number().int().min(0),
});

/** A persona as signed off (domain/icp/personas.ts derives them; a version keeps a copy). */
export const frozenPersonaSchema = z.object({
  role: z.enum(BUYING_ROLES),
  name: z.string().max(200),
  titles: z.array(z.object({ title: z.string().max(500), contacts: z.number().int().min(0) })),
  goals: z.array(personaThemeSchema),
  pains: z.array(personaThemeSchema),
  accounts: z.number().int().min(0),
  quotes: z.number().int().min(0),
});

export const icpVersionSchema = z.object({
  ...recordBase,
  number: z.number().int().min(1),
  status: z.enum(['draft', 'in_review', 'signed_off']),
  /** A frozen copy: later edits to the live traits never change a signed-off version. */
  traits: z.array(traitSchema),
  isLines: z.array(z.string().max(1000)),
  isNotLines: z.array(z.string().max(1000)),
  exclusions: z.array(z.string().max(1000)),
  signOffs: z.array(signOffSchema),
  /**
   * The personas and the ICP Grid's weights as signed off, so a later version's diff shows
   * how they changed. Absent from drafts (they read the live ones) and from versions signed off
   * before they were kept.
   */
  personas: z.array(frozenPersonaSchema).optional(),
  grid: icpGridSettingsSchema.optional(),
  basedOnId: z.string().nullable(),
  frozenAt: z.iso.datetime().nullable(),
  /**
   * The figures signed off. Its maps are keyed by account and trait ids, and ids are any text
   * a restored backup chose (recordBase), so they are pairs like every other map.
   */
  snapshot: z
    .object({
      separation: z.number().nullable(),
      /** Account id → fit score; excluded accounts are left out. */
      scores: pairsSchema(z.string(), z.number(), 'Snapshot scores'),
      /** Trait id → its evidence at sign-off. */
      evidence: pairsSchema(
        z.string(),
        z.object({ accounts: z.number(), quotes: z.number() }),
        'Snapshot evidence',
      ),
      /**
       * Each account at sign-off, excluded ones included: its cohort then and the traits it
       * matched, as indexes into `traits`. Absent from versions signed off before it existed.
       */
      accounts: pairsSchema(z.string(), frozenAccountSchema, 'Snapshot accounts').optional(),
    })
    .nullable(),
});
export type IcpVersion = z.infer<typeof icpVersionSchema>;
export type IcpSnapshot = NonNullable<IcpVersion['snapshot']>;
