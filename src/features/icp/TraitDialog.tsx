import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { TraitDetails } from '../../db/icpRepo';
import type { TraitDraft } from '../../domain/icp/traitDraftFromLift';
import type { Code } from '../../domain/schemas/code';
import { TRAIT_COMPONENTS, TRAIT_KINDS, type Trait } from '../../domain/schemas/trait';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { COMPONENT_LABELS, KIND_LABELS } from './icpLabels';
import { RuleFields } from './RuleFields';
import {
  formToDetails,
  traitFormSchema,
  traitToForm,
  type TraitFormInput,
  type TraitFormValues,
} from './traitForm';

interface Props {
  /** The trait to edit, or null for a new one. */
  trait: Trait | null;
  /** For a new trait from a code: the code its has_code rule starts on. */
  fromCode: Code | null;
  /** For a new trait from Synthesis: the draft to start from, its evidence linked on save. */
  draft?: TraitDraft | null;
  codes: readonly Code[];
  onSave(details: TraitDetails): Promise<void>;
  onClose(): void;
}

/** Mounted only while open, so each opening starts from the trait as stored. */
export function TraitDialog({ trait, fromCode, draft = null, codes, onSave, onClose }: Props) {
  const formId = useId();
  const [saveError, setSaveError] = useState<string | null>(null);
  const start = trait ?? draft;
  const defaults = traitToForm(start, fromCode?.id ?? null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<TraitFormInput, unknown, TraitFormValues>({
    resolver: zodResolver(traitFormSchema),
    // Validate as the weight is typed, so the soft-middle refusal appears beside it at once.
    mode: 'onChange',
    defaultValues: fromCode && !trait ? { ...defaults, name: fromCode.name } : defaults,
  });

  const op = useWatch({ control, name: 'op' });

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onSave(formToDetails(values, start));
      onClose();
    } catch (error) {
      setSaveError((error as Error).message);
    }
  });

  return (
    <Dialog
      open
      wide
      title={trait ? `Edit “${trait.name}”` : 'New trait'}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="primary" disabled={isSubmitting}>
            {trait ? 'Save trait' : 'Create trait'}
          </button>
        </>
      }
    >
      <form id={formId} className="icp-trait-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Name" error={errors.name?.message}>
          <input type="text" autoFocus {...register('name')} />
        </Field>
        <Field label="Description" error={errors.description?.message}>
          <textarea rows={2} {...register('description')} />
        </Field>
        <div className="icp-form-row">
          <Field label="Component" error={errors.component?.message}>
            <select {...register('component')}>
              {TRAIT_COMPONENTS.map((c) => (
                <option key={c} value={c}>
                  {COMPONENT_LABELS[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Kind" error={errors.kind?.message}>
            <select {...register('kind')}>
              {TRAIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Weight" error={errors.weight?.message} hint="−5 to +5; use ±1, ±3 or ±5.">
            <input type="number" min={-5} max={5} step={1} {...register('weight')} />
          </Field>
        </div>
        <RuleFields register={register} errors={errors} op={op} codes={codes} />
        {saveError && (
          <p role="alert" className="field-error">
            {saveError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
