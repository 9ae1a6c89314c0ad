import { useMemo } from 'react';
import { codeSubtreeIds, type CodeDetails } from '../../db/codesRepo';
import { CODE_KIND_LABELS, CODE_KINDS, type Code } from '../../domain/schemas/code';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { CodeOptions } from '../../ui/CodeOptions';
import { codeFormSchema, codeToForm, formToDetails } from './codeForm';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

interface Props {
  /** The code to edit, or null for a new one. */
  code: Code | null;
  codes: readonly Code[];
  onSave(details: Omit<CodeDetails, 'colour'> & { colour?: string }): Promise<void>;
  onClose(): void;
}

/** Mounted only while open, so each opening starts from the code as stored. */
export function CodeDialog({ code, codes, onSave, onClose }: Props) {
  // A code cannot sit under itself or under one of its own sub-codes.
  const notParents = useMemo(
    () => (code ? codeSubtreeIds(codes, code.id) : new Set<string>()),
    [code, codes],
  );
  return (
    <FormDialog
      title={code ? `Edit “${code.name}”` : 'New code'}
      schema={codeFormSchema}
      defaultValues={codeToForm(code)}
      submitLabel={code ? 'Save code' : 'Create code'}
      onSubmit={(values) => onSave(formToDetails(values))}
      onClose={onClose}
      className="codebook-form"
    >
      {({ register, formState: { errors } }) => (
        <>
          <Field label="Name" error={errors.name?.message}>
            <input type="text" autoFocus {...register('name')} />
          </Field>
          <Field label="Kind" error={errors.kind?.message}>
            <select {...register('kind')}>
              <Options options={labelledOptions(CODE_KINDS, CODE_KIND_LABELS)} />
            </select>
          </Field>
          <Field
            label="Description"
            error={errors.description?.message}
            hint="What counts as this code, so coders agree."
          >
            <textarea rows={3} {...register('description')} />
          </Field>
          {code && (
            <Field label="Colour" error={errors.colour?.message}>
              <input type="color" className="codebook-colour-input" {...register('colour')} />
            </Field>
          )}
          <Field
            label="Parent"
            error={errors.parentId?.message}
            hint="Nest a code under a broader one."
          >
            <select {...register('parentId')}>
              <option value="">No parent (top level)</option>
              <CodeOptions codes={codes} exclude={notParents} />
            </select>
          </Field>
        </>
      )}
    </FormDialog>
  );
}
