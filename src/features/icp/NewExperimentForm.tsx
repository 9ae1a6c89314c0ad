import { Field } from '../../ui/Field';
import { SchemaForm } from '../../ui/SchemaForm';
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
  return (
    <SchemaForm
      label="New experiment"
      className="icp-experiment-form"
      schema={experimentFormSchema}
      defaultValues={EMPTY_EXPERIMENT}
      submitLabel="Create experiment"
      onSubmit={onCreate}
      onCancel={onCancel}
    >
      {({ register, formState: { errors } }) => (
        <>
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
        </>
      )}
    </SchemaForm>
  );
}
