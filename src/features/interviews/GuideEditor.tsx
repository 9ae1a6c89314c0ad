import { COHORT_LABELS, COHORTS } from '../../domain/schemas/cohort';
import type { Guide } from '../../domain/schemas/guide';
import type { Question } from '../../domain/schemas/question';
import type { GuideInput } from '../../db/guidesRepo';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { formToGuide, guideFormSchema, guideToForm } from './guideForm';
import { GuideQuestionFields } from './GuideQuestionFields';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

interface Props {
  /** The guide to edit, or null for a new one. */
  guide: Guide | null;
  onSave(input: GuideInput): Promise<void>;
  onClose(): void;
  bank: readonly Question[];
  usage: ReadonlyMap<string, number>;
}

/** Mounted only while open, so each opening starts from the guide as stored. */
export function GuideEditor({ guide, onSave, onClose, bank, usage }: Props) {
  return (
    <FormDialog
      wide
      title={guide ? `Edit “${guide.name}”` : 'New guide'}
      schema={guideFormSchema}
      defaultValues={guideToForm(guide, new Map(bank.map((q) => [q.id, q])))}
      submitLabel="Save guide"
      onSubmit={(values) => onSave(formToGuide(values))}
      onClose={onClose}
      errorPrefix="The guide was not saved: "
      className="interview-guide-form"
    >
      {(form) => (
        <>
          <Field label="Guide name" error={form.formState.errors.name?.message}>
            <input type="text" {...form.register('name')} />
          </Field>
          <Field
            label="Cohort"
            error={form.formState.errors.cohort?.message}
            hint="The guide new interviews with this cohort start from."
          >
            <select {...form.register('cohort')}>
              <Options options={labelledOptions(COHORTS, COHORT_LABELS)} empty="Any cohort" />
            </select>
          </Field>
          <GuideQuestionFields form={form} bank={bank} usage={usage} />
        </>
      )}
    </FormDialog>
  );
}
