import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../../ui/Field';
import {
  EMPTY_EXPERIMENT,
  experimentFormSchema,
  type ExperimentFormValues,
} from './experimentForm';

interface Props {
  onCreate(values: ExperimentFormValues): Promise<void>;
  onCancel(): void;
}

export function NewExperimentForm({ onCreate, onCancel }: Props) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ExperimentFormValues>({
    resolver: zodResolver(experimentFormSchema),
    defaultValues: EMPTY_EXPERIMENT,
  });

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onCreate(values);
    } catch (error) {
      setSaveError((error as Error).message);
    }
  });

  return (
    <form
      aria-label="New experiment"
      className="icp-experiment-form"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <Field label="Hypothesis" error={errors.hypothesis?.message}>
        <textarea rows={2} autoFocus {...register('hypothesis')} />
      </Field>
      <Field label="Target segment" error={errors.targetSegment?.message}>
        <input type="text" {...register('targetSegment')} />
      </Field>
      <Field
        label="Success criteria"
        error={errors.successCriteria?.message}
        hint="Agree on these before starting; they lock when the experiment starts."
      >
        <textarea rows={2} {...register('successCriteria')} />
      </Field>
      <div className="icp-form-row">
        <Field label="Planned start" error={errors.startDate?.message}>
          <input type="date" {...register('startDate')} />
        </Field>
        <Field label="Planned end" error={errors.endDate?.message}>
          <input type="date" {...register('endDate')} />
        </Field>
      </div>
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Create experiment
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
