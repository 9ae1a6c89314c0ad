import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { Code } from '../../domain/schemas/code';
import { RULE_FIELDS } from '../../domain/schemas/trait';
import { Field } from '../../ui/Field';
import { FIELD_LABELS } from './icpLabels';
import { RULE_OP_LABELS, RULE_OPS, type TraitFormInput, type TraitFormValues } from './traitForm';
import { Options } from '../../ui/Options';
import { labelledOptions, namedOptions } from '../../ui/selectOptions';

interface Props {
  register: UseFormRegister<TraitFormInput>;
  errors: FieldErrors<TraitFormInput>;
  control: Control<TraitFormInput, unknown, TraitFormValues>;
  codes: readonly Code[];
}

/** The rule builder: which accounts the trait matches, as field + operator + value(s). */
export function RuleFields({ register, errors, control, codes }: Props) {
  // Which inputs show depends on the operator, so it is watched as it changes.
  const op = useWatch({ control, name: 'op' });
  const sortedCodes = [...codes].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className="icp-rule">
      <legend>Rule</legend>
      <div className="icp-form-row">
        <Field label="Match by" error={errors.op?.message}>
          <select {...register('op')}>
            <Options options={labelledOptions(RULE_OPS, RULE_OP_LABELS)} />
          </select>
        </Field>
        {op === 'has_code' && (
          <Field label="Code" error={errors.codeId?.message}>
            <select {...register('codeId')}>
              <Options options={namedOptions(sortedCodes)} empty="Pick a code…" />
            </select>
          </Field>
        )}
        {op !== 'none' && op !== 'has_code' && (
          <Field label="Field" error={errors.field?.message}>
            <select {...register('field')}>
              <Options options={labelledOptions(RULE_FIELDS, FIELD_LABELS)} />
            </select>
          </Field>
        )}
        {(op === 'equals' || op === 'contains' || op === 'one_of') && (
          <Field
            label={op === 'one_of' ? 'Values' : 'Value'}
            error={errors.value?.message}
            {...(op === 'one_of' ? { hint: 'Separate values with commas.' } : {})}
          >
            <input type="text" {...register('value')} />
          </Field>
        )}
        {op === 'range' && (
          <>
            <Field label="Minimum" error={errors.min?.message}>
              <input type="number" {...register('min')} />
            </Field>
            <Field label="Maximum" error={errors.max?.message}>
              <input type="number" {...register('max')} />
            </Field>
          </>
        )}
      </div>
    </fieldset>
  );
}
