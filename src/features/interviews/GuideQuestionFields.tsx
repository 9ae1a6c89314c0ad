import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Field } from '../../ui/Field';
import type { GuideFormInput, GuideFormValues } from './guideForm';

interface Props {
  form: UseFormReturn<GuideFormInput, unknown, GuideFormValues>;
}

/** The guide's questions, in order: add, move and remove them before saving. */
export function GuideQuestionFields({ form }: Props) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions' });
  return (
    <fieldset className="interview-guide-questions">
      <legend>Questions</legend>
      {errors.questions?.message && <p className="field-error">{errors.questions.message}</p>}
      <ol>
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <li key={field.id} className="interview-guide-question">
              <Field label={`Question ${n}`} error={errors.questions?.[index]?.text?.message}>
                <textarea rows={2} {...register(`questions.${index}.text`)} />
              </Field>
              <div className="row-actions">
                <button
                  type="button"
                  aria-label={`Move question ${n} up`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move question ${n} down`}
                  disabled={index === fields.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Remove question ${n}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {fields.length === 0 && <p>No questions yet.</p>}
      <button type="button" onClick={() => append({ text: '' })}>
        Add question
      </button>
    </fieldset>
  );
}
