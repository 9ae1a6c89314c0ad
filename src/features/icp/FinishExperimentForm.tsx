import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { EXPERIMENT_OUTCOMES } from '../../domain/schemas/experiment';
import { Field } from '../../ui/Field';
import { finishFormSchema, OUTCOME_LABELS, type FinishFormValues } from './experimentForm';

interface Props {
  onFinish(values: FinishFormValues): Promise<void>;
  onCancel(): void;
}

export function FinishExperimentForm({ onFinish, onCancel }: Props) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FinishFormValues>({ resolver: zodResolver(finishFormSchema) });

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onFinish(values);
    } catch (error) {
      setSaveError((error as Error).message);
    }
  });

  return (
    <form aria-label="Finish experiment" onSubmit={(e) => void submit(e)} noValidate>
      <Field label="Result" error={errors.result?.message}>
        <textarea rows={3} autoFocus {...register('result')} />
      </Field>
      <Field label="Outcome" error={errors.outcome?.message}>
        <select defaultValue="" {...register('outcome')}>
          <option value="" disabled>
            Choose…
          </option>
          {EXPERIMENT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </Field>
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Finish experiment
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
