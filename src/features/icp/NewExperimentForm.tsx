import { SchemaForm } from '../../ui/SchemaForm';
import {
  EMPTY_EXPERIMENT,
  experimentFormSchema,
  type ExperimentFormValues,
} from './experimentForm';
import { ExperimentFields } from './ExperimentFields';

interface Props {
  onCreate(values: ExperimentFormValues): Promise<void>;
  onCancel(): void;
}

export function NewExperimentForm({ onCreate, onCancel }: Props) {
  return (
    <SchemaForm
      label="New experiment"
      className="icp-experiment-form"
      schema={experimentFormSchema}
      defaultValues={EMPTY_EXPERIMENT}
      submitLabel="Create experiment"
      onSubmit={onCreate}
      onCancel={onCancel}
    >
      {(form) => <ExperimentFields form={form} autoFocus />}
    </SchemaForm>
  );
}
