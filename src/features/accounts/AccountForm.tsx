import {
  accountFormSchema,
  type AccountFormOutput,
  type AccountFormValues,
} from '../../domain/forms/accountForm';
import { Field } from '../../ui/Field';
import { SchemaForm } from '../../ui/SchemaForm';

interface Props {
  initial: AccountFormValues;
  submitLabel: string;
  onSubmit(values: AccountFormOutput): Promise<void>;
  onCancel(): void;
}

export function AccountForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  return (
    <SchemaForm
      className="entity-form"
      schema={accountFormSchema}
      defaultValues={initial}
      submitLabel={submitLabel}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {({ register, formState: { errors } }) => (
        <div className="form-grid">
          <Field label="Name" error={errors.name?.message}>
            <input {...register('name')} autoFocus />
          </Field>
          <Field label="Domain" error={errors.domain?.message} hint="e.g. acme.com">
            <input {...register('domain')} />
          </Field>
          <Field label="CRM id" error={errors.crmId?.message}>
            <input {...register('crmId')} />
          </Field>
          <Field label="Industry" error={errors.industry?.message}>
            <input {...register('industry')} />
          </Field>
          <Field label="Employees" error={errors.employees?.message}>
            <input {...register('employees')} inputMode="numeric" />
          </Field>
          <Field label="Region" error={errors.region?.message}>
            <input {...register('region')} />
          </Field>
          <Field label="ARR (USD)" error={errors.arr?.message}>
            <input {...register('arr')} inputMode="decimal" />
          </Field>
          <Field label="LTV (USD)" error={errors.ltv?.message}>
            <input {...register('ltv')} inputMode="decimal" />
          </Field>
          <Field label="Sales cycle (days)" error={errors.salesCycleDays?.message}>
            <input {...register('salesCycleDays')} inputMode="numeric" />
          </Field>
          <Field label="NPS (0-10)" error={errors.nps?.message}>
            <input {...register('nps')} inputMode="numeric" />
          </Field>
          <Field label="Integrations" error={errors.integrations?.message}>
            <input {...register('integrations')} inputMode="numeric" />
          </Field>
          <Field label="Customer since" error={errors.customerSince?.message}>
            <input {...register('customerSince')} type="date" />
          </Field>
          <Field label="Churned on" error={errors.churnedAt?.message}>
            <input {...register('churnedAt')} type="date" />
          </Field>
          <Field label="Plan" error={errors.plan?.message}>
            <input {...register('plan')} />
          </Field>
          <Field label="Tech stack" error={errors.techStack?.message} hint="Comma-separated">
            <input {...register('techStack')} />
          </Field>
        </div>
      )}
    </SchemaForm>
  );
}
