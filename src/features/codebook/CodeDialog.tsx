import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { codeSubtreeIds, type CodeDetails } from '../../db/codesRepo';
import { CODE_KIND_LABELS, CODE_KINDS, type Code } from '../../domain/schemas/code';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { CodeOptions } from '../../ui/CodeOptions';
import {
  codeFormSchema,
  codeToForm,
  formToDetails,
  type CodeFormInput,
  type CodeFormValues,
} from './codeForm';

interface Props {
  /** The code to edit, or null for a new one. */
  code: Code | null;
  codes: readonly Code[];
  onSave(details: Omit<CodeDetails, 'colour'> & { colour?: string }): Promise<void>;
  onClose(): void;
}

/** Mounted only while open, so each opening starts from the code as stored. */
export function CodeDialog({ code, codes, onSave, onClose }: Props) {
  const formId = useId();
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CodeFormInput, unknown, CodeFormValues>({
    resolver: zodResolver(codeFormSchema),
    defaultValues: codeToForm(code),
  });
  // A code cannot sit under itself or under one of its own sub-codes.
  const notParents = useMemo(
    () => (code ? codeSubtreeIds(codes, code.id) : new Set<string>()),
    [code, codes],
  );

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onSave(formToDetails(values));
      onClose();
    } catch (error) {
      setSaveError((error as Error).message);
    }
  });

  return (
    <Dialog
      open
      title={code ? `Edit “${code.name}”` : 'New code'}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="primary" disabled={isSubmitting}>
            {code ? 'Save code' : 'Create code'}
          </button>
        </>
      }
    >
      <form id={formId} className="codebook-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Name" error={errors.name?.message}>
          <input type="text" autoFocus {...register('name')} />
        </Field>
        <Field label="Kind" error={errors.kind?.message}>
          <select {...register('kind')}>
            {CODE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CODE_KIND_LABELS[kind]}
              </option>
            ))}
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
        {saveError && (
          <p role="alert" className="field-error">
            {saveError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
