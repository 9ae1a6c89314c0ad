import { useMemo } from 'react';
import { z } from 'zod';
import { shortText } from '../../domain/schemas/common';
import { Field } from '../../ui/Field';
import { SchemaForm } from '../../ui/SchemaForm';
import { rememberedName } from './useComments';

interface Props {
  /** The textarea's label: "New comment", "Reply". */
  label: string;
  /** The form's name, unique on the page: "New comment on finding “…”". */
  formName: string;
  submitLabel: string;
  /** The member's own name in a shared workspace; null asks for one. */
  signedName: string | null;
  onPost(body: string, name: string): Promise<void>;
  onCancel?: () => void;
}

/**
 * Writes one comment. What was typed stays in the box until the save resolves, and stays there
 * with the reason beside it when it fails: never lose a user's words.
 */
export function CommentForm({ label, formName, submitLabel, signedName, onPost, onCancel }: Props) {
  const schema = useMemo(
    () =>
      z.object({
        name: signedName === null ? shortText('Your name', 100) : z.string(),
        body: shortText(label, 5000),
      }),
    [label, signedName],
  );
  return (
    <SchemaForm
      label={formName}
      className="comment-form"
      schema={schema}
      defaultValues={{ name: signedName === null ? rememberedName() : '', body: '' }}
      submitLabel={submitLabel}
      onSubmit={({ body, name }) => onPost(body, name)}
      onCancel={onCancel}
      resetOnSuccess
    >
      {({ register, formState: { errors } }) => (
        <>
          {signedName === null && (
            <Field label="Your name" error={errors.name?.message}>
              <input type="text" autoComplete="name" {...register('name')} />
            </Field>
          )}
          <Field label={label} error={errors.body?.message}>
            <textarea rows={2} {...register('body')} />
          </Field>
        </>
      )}
    </SchemaForm>
  );
}
