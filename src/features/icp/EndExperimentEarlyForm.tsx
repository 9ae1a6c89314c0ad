import { Field } from '../../ui/Field';
import { SchemaForm } from '../../ui/SchemaForm';
import { endEarlyFormSchema } from './experimentForm';

interface Props {
  onEnd(reason: string): Promise<void>;
  onCancel(): void;
}

/** Stopping a running experiment keeps it on record, with the reason in place of a result. */
export function EndExperimentEarlyForm({ onEnd, onCancel }: Props) {
  return (
    <SchemaForm
      label="End experiment early"
      schema={endEarlyFormSchema}
      submitLabel="End experiment early"
      onSubmit={({ reason }) => onEnd(reason)}
      onCancel={onCancel}
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
