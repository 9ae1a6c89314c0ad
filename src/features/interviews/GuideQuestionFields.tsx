import { useId, useState } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { usageLabel } from '../../domain/questionBank';
import type { Question } from '../../domain/schemas/question';
import { Field } from '../../ui/Field';
import type { GuideFormInput, GuideFormValues } from './guideForm';

interface Props {
  form: UseFormReturn<GuideFormInput, unknown, GuideFormValues>;
  /** The question bank, to add from. */
  bank: readonly Question[];
  /** How many guides use each question, so an edit that reaches them all says so. */
  usage: ReadonlyMap<string, number>;
}

/** The guide's questions, in order: pick from the bank, add new ones, move and remove them. */
export function GuideQuestionFields({ form, bank, usage }: Props) {
  const id = useId();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions' });
  const rows = useWatch({ control, name: 'questions' });
  const inGuide = new Set(rows.map((q) => q.questionId));
  const available = bank.filter((q) => !inGuide.has(q.id));
  const [picked, setPicked] = useState('');
  const addPicked = () => {
    const question = bank.find((q) => q.id === picked);
    if (question) append({ questionId: question.id, text: question.text });
    setPicked('');
  };
  return (
    <fieldset className="interview-guide-questions">
      <legend>Questions</legend>
      {errors.questions?.message && <p className="field-error">{errors.questions.message}</p>}
      <ol>
        {fields.map((field, index) => {
          const n = index + 1;
          const used = usageLabel(usage.get(rows[index]?.questionId ?? '') ?? 0);
          return (
            <li key={field.id} className="interview-guide-question">
              <Field
                label={`Question ${n}`}
                error={errors.questions?.[index]?.text?.message}
                hint={used ? `${used}: editing it here changes it in each of them.` : undefined}
              >
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
                  aria-label={`Remove question ${n} from this guide`}
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
      <div className="row-actions">
        <button type="button" onClick={() => append({ questionId: '', text: '' })}>
          Add new question
        </button>
        <label htmlFor={`${id}-bank`}>Add from the bank</label>
        <select
          id={`${id}-bank`}
          value={picked}
          onChange={(event) => setPicked(event.target.value)}
          disabled={available.length === 0}
        >
          <option value="">
            {available.length === 0 ? 'Every bank question is in this guide' : 'Pick a question…'}
          </option>
          {available.map((q) => (
            <option key={q.id} value={q.id}>
              {q.text}
            </option>
          ))}
        </select>
        <button type="button" disabled={picked === ''} onClick={addPicked}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
