import { z } from 'zod';
import type { CodeDetails } from '../../db/codesRepo';
import { textToOptional } from '../../domain/forms/formFields';
import { codeSchema, type Code } from '../../domain/schemas/code';

/** The editable fields of a code, through the entity's own schema so messages match. */
export const codeFormSchema = z.object({
  name: codeSchema.shape.name,
  kind: codeSchema.shape.kind,
  description: textToOptional(codeSchema.shape.description),
  // Absent for a new code, which takes its kind's colour.
  colour: codeSchema.shape.colour.optional(),
  parentId: z.string(),
});
export type CodeFormInput = z.input<typeof codeFormSchema>;
export type CodeFormValues = z.output<typeof codeFormSchema>;

export function codeToForm(code: Code | null): CodeFormInput {
  if (!code) return { name: '', kind: 'pain_point', description: '', parentId: '' };
  return {
    name: code.name,
    kind: code.kind,
    description: code.description ?? '',
    colour: code.colour,
    parentId: code.parentId ?? '',
  };
}

export function formToDetails(values: CodeFormValues): Omit<CodeDetails, 'colour'> & {
  colour?: string;
} {
  return {
    name: values.name,
    kind: values.kind,
    description: values.description,
    parentId: values.parentId === '' ? null : values.parentId,
    ...(values.colour === undefined ? {} : { colour: values.colour }),
  };
}
