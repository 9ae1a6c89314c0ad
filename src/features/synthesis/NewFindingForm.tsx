import { z } from 'zod';
import type { NewFinding } from '../../db/findingsRepo';
import { COHORT_LABELS, COHORTS } from '../../domain/schemas/cohort';
import { findingSchema } from '../../domain/schemas/finding';
import { Field } from '../../ui/Field';
import { SchemaForm } from '../../ui/SchemaForm';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

/** The form edits the statement and cohort; links and status are set on the finding itself. */
const newFindingSchema = z.object({
  statement: findingSchema.shape.statement,
  cohort: z
    .union([z.literal(''), findingSchema.shape.cohort.unwrap()])
    .transform((value) => (value === '' ? null : value)),
});

export function NewFindingForm({ onCreate }: { onCreate(finding: NewFinding): Promise<void> }) {
  return (
    <SchemaForm
      heading="New finding"
      className="synthesis-new-finding"
      schema={newFindingSchema}
      defaultValues={{ statement: '', cohort: '' }}
      submitLabel="Add finding"
      onSubmit={onCreate}
      resetOnSuccess
    >
      {({ register, formState: { errors } }) => (
        <>
          <Field
            label="Statement"
            error={errors.statement?.message}
            hint="One claim the evidence should back, e.g. “Churners in retail left over the missing Shopify sync”."
          >
            <textarea rows={3} {...register('statement')} />
          </Field>
          <Field label="About cohort (optional)" error={errors.cohort?.message}>
            <select {...register('cohort')}>
              <Options options={labelledOptions(COHORTS, COHORT_LABELS)} empty="Any cohort" />
            </select>
          </Field>
        </>
      )}
    </SchemaForm>
  );
}
