import { signOffSchema, type SignOff } from '../../domain/schemas/icpVersion';
import { Field } from '../../ui/Field';
import { SchemaForm } from '../../ui/SchemaForm';

const reviewerSchema = signOffSchema.omit({ at: true });
type ReviewerValues = Omit<SignOff, 'at'>;

interface Props {
  onRecord(values: ReviewerValues): Promise<void>;
}

export function ReviewerForm({ onRecord }: Props) {
  return (
    <SchemaForm
      heading="Record a decision"
      className="icp-reviewer"
      schema={reviewerSchema}
      defaultValues={{ name: '', role: '', decision: 'approve', comment: '' }}
      submitLabel="Record decision"
      onSubmit={onRecord}
      resetOnSuccess
    >
      {({ register, formState: { errors } }) => (
        <>
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
        </>
      )}
    </SchemaForm>
  );
}
