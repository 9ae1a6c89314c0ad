import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../../ui/Field';
import { endEarlyFormSchema, type EndEarlyFormValues } from './experimentForm';

interface Props {
  onEnd(reason: string): Promise<void>;
  onCancel(): void;
}

/** Stopping a running experiment keeps it on record, with the reason in place of a result. */
export function EndExperimentEarlyForm({ onEnd, onCancel }: Props) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<EndEarlyFormValues>({ resolver: zodResolver(endEarlyFormSchema) });

  const submit = handleSubmit(async ({ reason }) => {
    setSaveError(null);
    try {
      await onEnd(reason);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <form aria-label="End experiment early" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label="Reason"
        error={errors.reason?.message}
        hint="The experiment stays on record as ended early, with this reason."
      >
        <textarea rows={2} autoFocus {...register('reason')} />
      </Field>
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          End experiment early
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
