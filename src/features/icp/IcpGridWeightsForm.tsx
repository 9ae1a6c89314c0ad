import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  COMPONENT_FORMULA,
  COMPONENT_LABELS,
  GRID_FORMULA,
  GTM_COMPONENTS,
  PMF_COMPONENTS,
} from '../../domain/icp/icpGrid';
import {
  axisWeightsProblem,
  defaultGridWeights,
  gridWeightsSchema,
  MAX_GRID_WEIGHT,
  type IcpGridSettings,
} from '../../domain/icp/icpGridSettings';
import type { Code } from '../../domain/schemas/code';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { namedOptions } from '../../ui/selectOptions';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** The form's view of the settings: a select cannot hold null, so '' is the automatic pain. */
const formSchema = z.object({ weights: gridWeightsSchema, corePainCodeId: z.string() });
type FormValues = z.infer<typeof formSchema>;

const toForm = (s: IcpGridSettings): FormValues => ({
  weights: { pmf: { ...s.weights.pmf }, gtm: { ...s.weights.gtm } },
  corePainCodeId: s.corePainCodeId ?? '',
});

interface Props {
  saved: IcpGridSettings;
  /** The pain points the user can choose as the core pain. */
  painCodes: readonly Code[];
  /** The core pain the grid uses now, whichever way it was chosen. */
  corePainInUse: Code | null;
  /** The saved core pain is no longer in the codebook, so the automatic one is used. */
  corePainMissing: boolean;
  /** Why the weights cannot change now (the ICP version is in review or signed off). */
  lockedReason: string | null;
  onSave(settings: IcpGridSettings): Promise<void>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  | { kind: 'reset' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

const STATUS_TEXT: Record<Exclude<Status['kind'], 'failed' | 'idle'>, string> = {
  pending: 'Saving…',
  saved: 'Saved. The grid uses the new weights.',
  reset: 'Default weights restored and saved.',
  invalid: 'Not saved: fix the weights marked above.',
};

const AXES = [
  {
    key: 'pmf',
    legend: 'Product-market fit (PMF): how well we solve their problem',
    fields: PMF_COMPONENTS.map((component) => ({
      component,
      name: `weights.pmf.${component}` as const,
    })),
  },
  {
    key: 'gtm',
    legend: 'Go-to-market fit (GTM): how cheaply we win and keep them',
    fields: GTM_COMPONENTS.map((component) => ({
      component,
      name: `weights.gtm.${component}` as const,
    })),
  },
] as const;

export function IcpGridWeightsForm({
  saved,
  painCodes,
  corePainInUse,
  corePainMissing,
  lockedReason,
  onSave,
}: Props) {
  const headingId = useId();
  const {
    register,
    getFieldState,
    handleSubmit,
    reset,
    control,
    formState: { errors, isDirty },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    mode: 'onChange',
    defaultValues: toForm(saved),
  });
  // An axis-wide problem has no field of its own, so it is checked here on every change.
  const watched = useWatch({ control, name: 'weights' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const locked = lockedReason !== null;

  /** `keepValues`: edits typed while the write was in flight stay in the form, as unsaved. */
  const write = async (next: IcpGridSettings, done: Status, keepValues: boolean) => {
    setStatus({ kind: 'pending' });
    try {
      await onSave(next);
      // The saved values become the form's baseline, so "unsaved changes" starts over.
      reset(toForm(next), { keepValues });
      setStatus((now) => (now.kind === 'pending' ? done : now));
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
    }
  };
  const submit = handleSubmit(
    (values) =>
      write(
        { weights: values.weights, corePainCodeId: values.corePainCodeId || null },
        { kind: 'saved' },
        true,
      ),
    () => setStatus({ kind: 'invalid' }),
  );
  const resetToDefaults = () =>
    write(
      { weights: defaultGridWeights(), corePainCodeId: saved.corePainCodeId },
      { kind: 'reset' },
      false,
    );

  const statusText =
    status.kind === 'failed'
      ? `Not saved: ${status.message}`
      : status.kind === 'idle'
        ? isDirty
          ? 'Unsaved changes: the grid still uses the saved weights.'
          : 'Weights are relative: 0 leaves a component out.'
        : STATUS_TEXT[status.kind];
  const number = { valueAsNumber: true } as const;

  return (
    <form
      className="icp-grid-weights"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void submit(e)}
      onChange={() => setStatus({ kind: 'idle' })}
    >
      <h3 id={headingId}>Formula and weights</h3>
      {lockedReason && <p className="icp-locked">Weights are locked: {lockedReason}</p>}
      <p className="icp-grid-combine">{GRID_FORMULA.combine}</p>
      <div className="icp-grid-axes">
        {AXES.map((axis) => {
          const axisError = axisWeightsProblem(axis.key, watched[axis.key]);
          return (
            <fieldset key={axis.key} disabled={locked} className="icp-grid-axis">
              <legend>{axis.legend}</legend>
              {axis.fields.map(({ component, name }) => (
                <Field
                  key={component}
                  label={`${COMPONENT_LABELS[component]} weight`}
                  hint={COMPONENT_FORMULA[component]}
                  error={getFieldState(name).error?.message}
                >
                  <input
                    type="number"
                    min={0}
                    max={MAX_GRID_WEIGHT}
                    step={0.05}
                    inputMode="decimal"
                    {...register(name, number)}
                  />
                </Field>
              ))}
              <ErrorAlert message={axisError} />
            </fieldset>
          );
        })}
      </div>
      <Field
        label="Core pain"
        hint={
          corePainMissing
            ? 'The saved core pain is no longer a pain point in the codebook; the automatic choice is used.'
            : `In use: ${corePainInUse?.name ?? 'none (no pain point cited by power users)'}.`
        }
        error={errors.corePainCodeId?.message}
      >
        <select disabled={locked} {...register('corePainCodeId')}>
          <Options
            options={namedOptions(painCodes)}
            empty="Automatic: the pain point most power users cite"
          />
        </select>
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={locked || status.kind === 'pending'}>
          Save weights
        </button>
        <button
          type="button"
          disabled={locked || status.kind === 'pending'}
          onClick={() => void resetToDefaults()}
        >
          Reset to default weights
        </button>
        <span
          role="status"
          className={
            status.kind === 'failed' || status.kind === 'invalid' ? 'field-error' : 'field-hint'
          }
        >
          {statusText}
        </span>
      </div>
    </form>
  );
}
