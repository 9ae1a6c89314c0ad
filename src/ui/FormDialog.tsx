import type { FieldValues } from 'react-hook-form';
import { Dialog } from './Dialog';
import { SchemaForm, type SchemaFormProps } from './SchemaForm';

type Props<TInput extends FieldValues, TOutput> = Omit<
  SchemaFormProps<TInput, TOutput>,
  'onCancel' | 'onSuccess' | 'resetOnSuccess' | 'heading' | 'label'
> & {
  title: string;
  /** Cancel, Escape and a successful save all call it. */
  onClose(): void;
  wide?: boolean;
};

/**
 * A modal form. Mount it only while open: the fields start from `defaultValues` each time, and
 * a failed save keeps what was typed, with the error above the buttons.
 */
export function FormDialog<TInput extends FieldValues, TOutput>({
  title,
  onClose,
  wide,
  ...form
}: Props<TInput, TOutput>) {
  return (
    <Dialog open title={title} onClose={onClose} wide={wide}>
      <SchemaForm {...form} onCancel={onClose} onSuccess={onClose} />
    </Dialog>
  );
}
