import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { NewFinding } from '../../db/findingsRepo';
import { COHORT_LABELS, COHORTS } from '../../domain/schemas/cohort';
import { findingSchema } from '../../domain/schemas/finding';
import { Field } from '../../ui/Field';

/** The form edits the statement and cohort; links and status are set on the finding itself. */
const newFindingSchema = z.object({
  statement: findingSchema.shape.statement,
  cohort: z
    .union([z.literal(''), findingSchema.shape.cohort.unwrap()])
    .transform((value) => (value === '' ? null : value)),
});
type FormInput = z.input<typeof newFindingSchema>;
type FormValues = z.output<typeof newFindingSchema>;

export function NewFindingForm({ onCreate }: { onCreate(finding: NewFinding): Promise<void> }) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(newFindingSchema),
    defaultValues: { statement: '', cohort: '' },
  });
  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onCreate(values);
      reset();
    } catch (error) {
      setSaveError((error as Error).message);
    }
  });
  return (
    <form
      className="synthesis-new-finding"
      aria-labelledby="synthesis-new-finding-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="synthesis-new-finding-heading">New finding</h3>
      <Field
        label="Statement"
        error={errors.statement?.message}
        hint="One claim the evidence should back, e.g. “Churners in retail left over the missing Shopify sync”."
      >
        <textarea rows={3} {...register('statement')} />
      </Field>
      <Field label="About cohort (optional)" error={errors.cohort?.message}>
        <select {...register('cohort')}>
          <option value="">Any cohort</option>
          {COHORTS.map((cohort) => (
            <option key={cohort} value={cohort}>
              {COHORT_LABELS[cohort]}
            </option>
          ))}
        </select>
      </Field>
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
      <button type="submit" className="primary" disabled={isSubmitting}>
        Add finding
      </button>
    </form>
  );
}
