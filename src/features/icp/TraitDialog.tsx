import type { TraitDetails } from '../../db/icpRepo';
import type { TraitDraft } from '../../domain/icp/traitDraftFromLift';
import type { Code } from '../../domain/schemas/code';
import { TRAIT_COMPONENTS, TRAIT_KINDS, type Trait } from '../../domain/schemas/trait';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { COMPONENT_LABELS, KIND_LABELS } from './icpLabels';
import { RuleFields } from './RuleFields';
import { formToDetails, traitFormSchema, traitToForm } from './traitForm';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

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
  const start = trait ?? draft;
  const defaults = traitToForm(start, fromCode?.id ?? null);
  return (
    <FormDialog
      wide
      title={trait ? `Edit “${trait.name}”` : 'New trait'}
      schema={traitFormSchema}
      // Validate as the weight is typed, so the soft-middle refusal appears beside it at once.
      mode="onChange"
      defaultValues={fromCode && !trait ? { ...defaults, name: fromCode.name } : defaults}
      submitLabel={trait ? 'Save trait' : 'Create trait'}
      onSubmit={(values) => onSave(formToDetails(values, start))}
      onClose={onClose}
      className="icp-trait-form"
    >
      {({ register, control, formState: { errors } }) => (
        <>
          <Field label="Name" error={errors.name?.message}>
            <input type="text" autoFocus {...register('name')} />
          </Field>
          <Field label="Description" error={errors.description?.message}>
            <textarea rows={2} {...register('description')} />
          </Field>
          <div className="icp-form-row">
            <Field label="Component" error={errors.component?.message}>
              <select {...register('component')}>
                <Options options={labelledOptions(TRAIT_COMPONENTS, COMPONENT_LABELS)} />
              </select>
            </Field>
            <Field label="Kind" error={errors.kind?.message}>
              <select {...register('kind')}>
                <Options options={labelledOptions(TRAIT_KINDS, KIND_LABELS)} />
              </select>
            </Field>
            <Field label="Weight" error={errors.weight?.message} hint="−5 to +5; use ±1, ±3 or ±5.">
              <input type="number" min={-5} max={5} step={1} {...register('weight')} />
            </Field>
          </div>
          <RuleFields register={register} errors={errors} control={control} codes={codes} />
        </>
      )}
    </FormDialog>
  );
}
