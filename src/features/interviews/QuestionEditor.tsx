import { z } from 'zod';
import { usageLabel } from '../../domain/questionBank';
import { questionSchema, type Question } from '../../domain/schemas/question';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';

const schema = z.object({ text: questionSchema.shape.text });

interface Props {
  /** The question to edit, or null for a new one. */
  question: Question | null;
  usedIn: number;
  onSave(text: string): Promise<void>;
  onClose(): void;
}

/** One bank question's text; saving it changes every guide that asks it. */
export function QuestionEditor({ question, usedIn, onSave, onClose }: Props) {
  const used = usageLabel(usedIn);
  return (
    <FormDialog
      title={question ? 'Edit question' : 'New question'}
      schema={schema}
      defaultValues={{ text: question?.text ?? '' }}
      submitLabel="Save question"
      onSubmit={(values) => onSave(values.text)}
      onClose={onClose}
      errorPrefix="The question was not saved: "
    >
      {(form) => (
        <Field
          label="Question"
          error={form.formState.errors.text?.message}
          hint={used ? `${used}: the new text shows in each of them.` : undefined}
        >
          <textarea rows={3} {...form.register('text')} />
        </Field>
      )}
    </FormDialog>
  );
}
