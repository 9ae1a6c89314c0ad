import { Field } from '../../ui/Field';
import { SchemaForm, type SchemaFormActions } from '../../ui/SchemaForm';
import { endEarlyFormSchema, type EndEarlyFormValues } from './experimentForm';

/** Stopping a running experiment keeps it on record, with the reason in place of a result. */
export function EndExperimentEarlyForm(actions: SchemaFormActions<EndEarlyFormValues>) {
  return (
    <SchemaForm
      label="End experiment early"
      schema={endEarlyFormSchema}
      submitLabel="End experiment early"
      {...actions}
    >
      {({ register, formState: { errors } }) => (
        <Field
          label="Reason"
          error={errors.reason?.message}
          hint="The experiment stays on record as ended early, with this reason."
        >
          <textarea rows={2} autoFocus {...register('reason')} />
        </Field>
      )}
    </SchemaForm>
  );
}
