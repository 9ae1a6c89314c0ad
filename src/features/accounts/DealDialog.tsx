import type { z } from 'zod';
import { dealFormSchema, EMPTY_DEAL_FORM, type DealFormValues } from '../../domain/forms/dealForm';
import type { Deal } from '../../domain/schemas/deal';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';

type Output = z.output<typeof dealFormSchema>;

interface Props {
  deal: Deal | null;
  onClose(): void;
  onSave(values: Output): Promise<void>;
}

function toForm(deal: Deal | null): DealFormValues {
  if (!deal) return EMPTY_DEAL_FORM;
  return {
    name: deal.name ?? '',
    stage: deal.stage,
    amount: deal.amount == null ? '' : String(deal.amount),
    createdOn: deal.createdOn ?? '',
    closedOn: deal.closedOn ?? '',
    lossReason: deal.lossReason ?? '',
    lossCategory: deal.lossCategory ?? '',
  };
}

export function DealDialog({ deal, onClose, onSave }: Props) {
  return (
    <FormDialog
      title={deal ? 'Edit deal' : 'Add deal'}
      schema={dealFormSchema}
      defaultValues={toForm(deal)}
      submitLabel="Save deal"
      onSubmit={onSave}
      onClose={onClose}
      className="entity-form"
    >
      {({ register, formState: { errors } }) => (
        <>
          <Field label="Deal name" error={errors.name?.message}>
            <input {...register('name')} autoFocus />
          </Field>
          <Field label="Stage" error={errors.stage?.message}>
            <select {...register('stage')}>
              <option value="open">Open</option>
              <option value="won">Won</option>
              <option value="lost">Lost</option>
            </select>
          </Field>
          <Field label="Amount (USD)" error={errors.amount?.message}>
            <input {...register('amount')} inputMode="decimal" />
          </Field>
          <Field label="Created on" error={errors.createdOn?.message}>
            <input {...register('createdOn')} type="date" />
          </Field>
          <Field label="Closed on" error={errors.closedOn?.message}>
            <input {...register('closedOn')} type="date" />
          </Field>
          <Field label="Loss reason" error={errors.lossReason?.message}>
            <input {...register('lossReason')} />
          </Field>
          <Field label="Loss category" error={errors.lossCategory?.message}>
            <select {...register('lossCategory')}>
              <option value="">Not classified</option>
              <option value="product">Product: a capability was missing</option>
              <option value="process">Process: sales, onboarding, support or pricing</option>
              <option value="external">External: out of our control</option>
            </select>
          </Field>
        </>
      )}
    </FormDialog>
  );
}
