import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { COHORT_LABELS, COHORTS } from '../../domain/schemas/cohort';
import type { Guide } from '../../domain/schemas/guide';
import type { GuideInput } from '../../db/guidesRepo';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import {
  formToGuide,
  guideFormSchema,
  guideToForm,
  type GuideFormInput,
  type GuideFormValues,
} from './guideForm';

interface Props {
  /** The guide to edit, or null for a new one. */
  guide: Guide | null;
  onSave(input: GuideInput): Promise<void>;
  onClose(): void;
}

/** Mounted only while open, so each opening starts from the guide as stored. */
export function GuideEditor({ guide, onSave, onClose }: Props) {
  const formId = useId();
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<GuideFormInput, unknown, GuideFormValues>({
    resolver: zodResolver(guideFormSchema),
    defaultValues: guideToForm(guide),
  });
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions' });

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onSave(formToGuide(values));
      onClose();
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  });

  return (
    <Dialog
      open
      wide
      title={guide ? `Edit “${guide.name}”` : 'New guide'}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="primary" disabled={isSubmitting}>
            Save guide
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="interview-guide-form"
        onSubmit={(e) => void submit(e)}
        noValidate
      >
        <Field label="Guide name" error={errors.name?.message}>
          <input type="text" {...register('name')} />
        </Field>
        <Field
          label="Cohort"
          error={errors.cohort?.message}
          hint="The guide new interviews with this cohort start from."
        >
          <select {...register('cohort')}>
            <option value="">Any cohort</option>
            {COHORTS.map((cohort) => (
              <option key={cohort} value={cohort}>
                {COHORT_LABELS[cohort]}
              </option>
            ))}
          </select>
        </Field>
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
        {saveError && (
          <p role="alert" className="field-error">
            The guide was not saved: {saveError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
