import { z } from 'zod';
import type { TraitDetails } from '../../db/icpRepo';
import { textToOptional } from '../../domain/forms/formFields';
import {
  RULE_FIELDS,
  traitSchema,
  traitWeightSchema,
  type Trait,
  type TraitRule,
} from '../../domain/schemas/trait';

export const RULE_OPS = ['none', 'has_code', 'equals', 'one_of', 'contains', 'range'] as const;
export type RuleOp = (typeof RULE_OPS)[number];
export const RULE_OP_LABELS: Record<RuleOp, string> = {
  none: 'No rule (tagged quotes)',
  has_code: 'Quoted on a code',
  equals: 'Field equals',
  one_of: 'Field is one of',
  contains: 'Field contains',
  range: 'Number in range',
};

const optionalNumber = (label: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : Number(v)))
    .refine((v) => v === null || Number.isFinite(v), `${label} must be a number.`);

/** Every input is text; the transform builds the stored rule and reports a missing part by field. */
export const traitFormSchema = z
  .object({
    name: traitSchema.shape.name,
    description: textToOptional(traitSchema.shape.description),
    component: traitSchema.shape.component,
    kind: traitSchema.shape.kind,
    weight: z
      .string()
      .trim()
      .min(1, 'Weight is required.')
      .transform(Number)
      .pipe(traitWeightSchema),
    op: z.enum(RULE_OPS),
    field: z.enum(RULE_FIELDS),
    value: z.string().trim(),
    min: optionalNumber('Minimum'),
    max: optionalNumber('Maximum'),
    codeId: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.op === 'has_code' && v.codeId === '') {
      ctx.addIssue({ code: 'custom', path: ['codeId'], message: 'Pick the code.' });
    }
    if ((v.op === 'equals' || v.op === 'contains' || v.op === 'one_of') && v.value === '') {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Give the value to match.' });
    }
    if (v.op === 'range' && v.min === null && v.max === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: 'Give a minimum, a maximum or both.',
      });
    }
    if (v.op === 'range' && v.min !== null && v.max !== null && v.min > v.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'Maximum must not be below the minimum.',
      });
    }
  });
export type TraitFormInput = z.input<typeof traitFormSchema>;
export type TraitFormValues = z.output<typeof traitFormSchema>;

export function ruleOf(values: TraitFormValues): TraitRule | null {
  switch (values.op) {
    case 'none':
      return null;
    case 'has_code':
      return { op: 'has_code', codeId: values.codeId };
    case 'equals':
    case 'contains':
      return { op: values.op, field: values.field, value: values.value };
    case 'one_of':
      return {
        op: 'one_of',
        field: values.field,
        values: values.value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      };
    case 'range':
      return { op: 'range', field: values.field, min: values.min, max: values.max };
  }
}

/** A stored trait or a draft not yet saved (e.g. from Synthesis) fills the form alike. */
type TraitLike = Pick<Trait, 'name' | 'description' | 'component' | 'kind' | 'weight' | 'rule'>;

export function traitToForm(trait: TraitLike | null, codeId: string | null): TraitFormInput {
  const base = {
    name: trait?.name ?? '',
    description: trait?.description ?? '',
    component: trait?.component ?? 'behavioural',
    kind: trait?.kind ?? 'must_have',
    weight: trait ? String(trait.weight) : codeId ? '5' : '3',
    op: 'none' as RuleOp,
    field: 'industry' as const,
    value: '',
    min: '',
    max: '',
    codeId: codeId ?? '',
  };
  const rule = trait?.rule;
  if (!rule) return codeId ? { ...base, op: 'has_code' } : base;
  switch (rule.op) {
    case 'has_code':
      return { ...base, op: 'has_code', codeId: rule.codeId };
    case 'equals':
    case 'contains':
      return { ...base, op: rule.op, field: rule.field, value: rule.value };
    case 'one_of':
      return { ...base, op: 'one_of', field: rule.field, value: rule.values.join(', ') };
    case 'range':
      return {
        ...base,
        op: 'range',
        field: rule.field,
        min: rule.min === null ? '' : String(rule.min),
        max: rule.max === null ? '' : String(rule.max),
      };
  }
}

/** A has_code trait also links its code, so the evidence and the quotes pages agree. */
export function formToDetails(
  values: TraitFormValues,
  trait: Pick<Trait, 'codeIds' | 'highlightIds'> | null,
): TraitDetails {
  const rule = ruleOf(values);
  const codeIds = new Set(trait?.codeIds ?? []);
  if (rule?.op === 'has_code') codeIds.add(rule.codeId);
  return {
    name: values.name,
    description: values.description,
    component: values.component,
    kind: values.kind,
    weight: values.weight,
    rule,
    codeIds: [...codeIds],
    highlightIds: trait?.highlightIds ?? [],
  };
}
