import type { UseFormReturn } from 'react-hook-form';
import { LOCKED_MESSAGE } from '../../domain/experiments';
import { Field } from '../../ui/Field';
import type { ExperimentFormValues } from './experimentForm';

interface Props {
  form: UseFormReturn<ExperimentFormValues>;
  /** Once started, the agreed criteria are read-only and the dates are the record's own. */
  locked?: boolean;
  autoFocus?: boolean;
}

/** What an experiment tests and how it is judged, agreed before it starts. */
export function ExperimentFields({ form, locked = false, autoFocus }: Props) {
  const {
    register,
    formState: { errors },
  } = form;
  const lockNote = locked ? LOCKED_MESSAGE : undefined;
  return (
    <>
      <Field label="Hypothesis" error={errors.hypothesis?.message} hint={lockNote}>
        <textarea rows={2} readOnly={locked} autoFocus={autoFocus} {...register('hypothesis')} />
      </Field>
      <Field label="Target segment" error={errors.targetSegment?.message} hint={lockNote}>
        <input type="text" readOnly={locked} {...register('targetSegment')} />
      </Field>
      <Field
        label="Success criteria"
        error={errors.successCriteria?.message}
        hint={lockNote ?? 'Agree on these before starting; they lock when the experiment starts.'}
      >
        <textarea rows={2} readOnly={locked} {...register('successCriteria')} />
      </Field>
      {!locked && (
        <div className="icp-form-row">
          <Field label="Planned start" error={errors.startDate?.message}>
            <input type="date" {...register('startDate')} />
          </Field>
          <Field label="Planned end" error={errors.endDate?.message}>
            <input type="date" {...register('endDate')} />
          </Field>
        </div>
      )}
    </>
  );
}
