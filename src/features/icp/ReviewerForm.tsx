import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { signOffSchema, type SignOff } from '../../domain/schemas/icpVersion';
import { Field } from '../../ui/Field';

const reviewerSchema = signOffSchema.omit({ at: true });
type ReviewerValues = Omit<SignOff, 'at'>;

interface Props {
  onRecord(values: ReviewerValues): Promise<void>;
}

export function ReviewerForm({ onRecord }: Props) {
  const headingId = useId();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReviewerValues>({
    resolver: zodResolver(reviewerSchema),
    defaultValues: { name: '', role: '', decision: 'approve', comment: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await onRecord(values);
      reset();
    } catch (error) {
      setError('root', { message: (error as Error).message });
    }
  });
  return (
    <form
      className="icp-reviewer"
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={headingId}>Record a decision</h3>
      <div className="icp-form-row">
        <Field label="Reviewer name" error={errors.name?.message}>
          <input type="text" {...register('name')} />
        </Field>
        <Field label="Reviewer role" error={errors.role?.message}>
          <input type="text" {...register('role')} />
        </Field>
        <Field label="Decision" error={errors.decision?.message}>
          <select {...register('decision')}>
            <option value="approve">Approve</option>
            <option value="request_changes">Request changes</option>
          </select>
        </Field>
      </div>
      <Field label="Comment" error={errors.comment?.message}>
        <textarea rows={2} {...register('comment')} />
      </Field>
      {errors.root?.message && (
        <p role="alert" className="field-error">
          {errors.root.message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          Record decision
        </button>
      </div>
    </form>
  );
}
