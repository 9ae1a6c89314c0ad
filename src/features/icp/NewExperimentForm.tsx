import { SchemaForm, type SchemaFormActions } from '../../ui/SchemaForm';
import {
  EMPTY_EXPERIMENT,
  experimentFormSchema,
  type ExperimentFormValues,
} from './experimentForm';
import { ExperimentFields } from './ExperimentFields';

export function NewExperimentForm(actions: SchemaFormActions<ExperimentFormValues>) {
  return (
    <SchemaForm
      label="New experiment"
      className="icp-experiment-form"
      schema={experimentFormSchema}
      defaultValues={EMPTY_EXPERIMENT}
      submitLabel="Create experiment"
      {...actions}
    >
      {(form) => <ExperimentFields form={form} autoFocus />}
    </SchemaForm>
  );
}
