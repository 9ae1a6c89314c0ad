import { EXPERIMENT_OUTCOMES } from '../../domain/schemas/experiment';
import { Field } from '../../ui/Field';
import { SchemaForm, type SchemaFormActions } from '../../ui/SchemaForm';
import { finishFormSchema, OUTCOME_LABELS, type FinishFormValues } from './experimentForm';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

export function FinishExperimentForm(actions: SchemaFormActions<FinishFormValues>) {
  return (
    <SchemaForm
      label="Finish experiment"
      schema={finishFormSchema}
      submitLabel="Finish experiment"
      {...actions}
    >
      {({ register, formState: { errors } }) => (
        <>
          <Field label="Result" error={errors.result?.message}>
            <textarea rows={3} autoFocus {...register('result')} />
          </Field>
          <Field label="Outcome" error={errors.outcome?.message}>
            <select defaultValue="" {...register('outcome')}>
              <option value="" disabled>
                Choose…
              </option>
              <Options options={labelledOptions(EXPERIMENT_OUTCOMES, OUTCOME_LABELS)} />
            </select>
          </Field>
        </>
      )}
    </SchemaForm>
  );
}
