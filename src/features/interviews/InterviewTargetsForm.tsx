import {
  interviewTargetsSchema,
  MAX_INTERVIEW_TARGET,
  type InterviewTargets,
} from '../../domain/planning/interviewTargets';
import { COHORT_LABELS, COHORTS } from '../../domain/schemas/cohort';
import { Field } from '../../ui/Field';
import { SchemaForm } from '../../ui/SchemaForm';
import { useToast } from '../../ui/toastContext';

interface Props {
  targets: InterviewTargets;
  onSave(targets: InterviewTargets): Promise<void>;
}

/** One target per cohort: churners may need fewer calls than power users to saturate. */
export function InterviewTargetsForm({ targets, onSave }: Props) {
  const toast = useToast();
  return (
    <SchemaForm
      className="tour-targets-form"
      label="Interview targets per cohort"
      schema={interviewTargetsSchema}
      defaultValues={targets}
      submitLabel="Save targets"
      onSubmit={onSave}
      onSuccess={() => toast({ message: 'Interview targets saved' })}
      errorPrefix="The targets were not saved: "
    >
      {({ register, formState: { errors } }) => (
        <div className="tour-targets-fields">
          {COHORTS.map((cohort) => (
            <Field key={cohort} label={COHORT_LABELS[cohort]} error={errors[cohort]?.message}>
              <input
                type="number"
                min={1}
                max={MAX_INTERVIEW_TARGET}
                step={1}
                inputMode="numeric"
                {...register(cohort, { valueAsNumber: true })}
              />
            </Field>
          ))}
        </div>
      )}
    </SchemaForm>
  );
}
