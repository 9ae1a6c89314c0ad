import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type ReactNode } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Mode,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';

export interface SchemaFormProps<TInput extends FieldValues, TOutput> {
  /** Checks the fields and turns what was typed into what onSubmit gets. */
  schema: z.ZodType<TOutput, TInput>;
  defaultValues?: DefaultValues<TInput>;
  /** 'onChange' shows a field's problem as it is typed, not only after the first submit. */
  mode?: Mode;
  submitLabel: string;
  /** Runs with the checked values; a rejection is shown above the buttons and keeps the input. */
  onSubmit(values: TOutput): Promise<void>;
  /** After onSubmit resolved: close the dialog, say, or leave the page. */
  onSuccess?(): void;
  /** Empty the fields once saved, for forms that stay on screen to add the next one. */
  resetOnSuccess?: boolean;
  /** Without it the form has no Cancel button. */
  onCancel?(): void;
  /** Put before the error's own text, e.g. "The guide was not saved: ". */
  errorPrefix?: string;
  /** A visible heading that names the form; a form without one may take `label`. */
  heading?: string;
  label?: string;
  className?: string;
  /** The fields, given the form's methods so they can register and read their errors. */
  children(form: UseFormReturn<TInput, unknown, TOutput>): ReactNode;
}

/** What a form built on SchemaForm takes from the screen that shows it: its save and its Cancel. */
export type SchemaFormActions<TOutput> = Required<
  Pick<SchemaFormProps<FieldValues, TOutput>, 'onSubmit' | 'onCancel'>
>;

// The commands layer will make error text from typed errors; until then the message is shown as is.
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A react-hook-form form checked by a zod schema: its fields, the error a failed save threw,
 * and Cancel / submit buttons. Submit is off while a save is in flight.
 */
export function SchemaForm<TInput extends FieldValues, TOutput>({
  schema,
  defaultValues,
  mode,
  submitLabel,
  onSubmit,
  onSuccess,
  resetOnSuccess,
  onCancel,
  errorPrefix = '',
  heading,
  label,
  className,
  children,
}: SchemaFormProps<TInput, TOutput>) {
  const headingId = useId();
  const form = useForm<TInput, unknown, TOutput>({
    resolver: zodResolver<TInput, unknown, TOutput>(schema),
    ...(mode && { mode }),
    ...(defaultValues && { defaultValues }),
  });
  const { errors, isSubmitting } = form.formState;
  // The resolver replaces every error on the next submit, so the root error never lingers.
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      form.setError('root', { message: errorText(error) });
      return;
    }
    if (resetOnSuccess) form.reset();
    onSuccess?.();
  });

  return (
    <form
      className={className}
      aria-label={heading ? undefined : label}
      aria-labelledby={heading ? headingId : undefined}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {heading && <h3 id={headingId}>{heading}</h3>}
      {children(form)}
      {errors.root?.message && (
        <p role="alert" className="field-error">
          {errorPrefix}
          {errors.root.message}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
