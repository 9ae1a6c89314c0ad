import { z } from 'zod';
import { optionalText, recordBase, shortText } from './common';

export const TRAIT_COMPONENTS = [
  'firmographic',
  'technographic',
  'behavioural',
  'psychographic',
  'persona',
  'channel',
] as const;
export const TRAIT_KINDS = ['must_have', 'nice_to_have', 'disqualifier'] as const;

/** DOMAIN.md §5: weights avoid the soft middle so decisions stay clear. */
export const ALLOWED_WEIGHTS = [-5, -3, -1, 1, 3, 5] as const;
export const traitWeightSchema = z
  .number({ message: 'Weight must be a number from -5 to +5.' })
  .int('Weight must be a whole number.')
  .min(-5, 'Weight must be from -5 to +5.')
  .max(5, 'Weight must be from -5 to +5.')
  .refine((w) => w !== 0, { message: 'A weight of 0 says nothing: choose a side.' })
  .refine((w) => Math.abs(w) !== 2 && Math.abs(w) !== 4, {
    message: 'Avoid the soft middle (±2, ±4): use ±1, ±3 or ±5 so the decision stays clear.',
  });

export const RULE_FIELDS = [
  'industry',
  'employees',
  'employeesBand',
  'region',
  'arr',
  'ltv',
  'salesCycleDays',
  'nps',
  'integrations',
  'techStack',
  'plan',
] as const;

export const traitRuleSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), field: z.enum(RULE_FIELDS), value: z.string() }),
  z.object({
    op: z.literal('one_of'),
    field: z.enum(RULE_FIELDS),
    values: z.array(z.string()).min(1),
  }),
  z.object({
    op: z.literal('range'),
    field: z.enum(RULE_FIELDS),
    min: z.number().nullable(),
    max: z.number().nullable(),
  }),
  z.object({ op: z.literal('contains'), field: z.enum(RULE_FIELDS), value: z.string().min(1) }),
  z.object({ op: z.literal('has_code'), codeId: z.string().min(1) }),
]);
export type TraitRule = z.infer<typeof traitRuleSchema>;

export const traitSchema = z.object({
  ...recordBase,
  name: shortText('Trait name', 200),
  description: optionalText('Description', 2000),
  component: z.enum(TRAIT_COMPONENTS, { message: 'Pick a component.' }),
  kind: z.enum(TRAIT_KINDS, { message: 'Pick must-have, nice-to-have or disqualifier.' }),
  weight: traitWeightSchema,
  rule: traitRuleSchema.nullable(),
  codeIds: z.array(z.string()),
  highlightIds: z.array(z.string()),
});
export type Trait = z.infer<typeof traitSchema>;
