import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { cohortThresholdsSchema, type CohortThresholds } from '../../domain/cohortRules';
import { Field } from '../../ui/Field';

interface Props {
  initial: CohortThresholds;
  onSave(values: CohortThresholds): Promise<void>;
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

/** Long enough that typing "11" never saves the "1" on the way, short enough to feel live. */
const SAVE_DELAY_MS = 400;

const STATUS_TEXT: Record<Exclude<SaveStatus['kind'], 'failed'>, string> = {
  idle: 'Changes save as you type, and the suggestions update.',
  pending: 'Saving…',
  saved: 'Saved. Suggestions updated.',
  invalid: 'Not saved: fix the thresholds marked above.',
};

export function CohortThresholdsForm({ initial, onSave }: Props) {
  const {
    register,
    subscribe,
    formState: { errors },
  } = useForm<CohortThresholds>({
    resolver: zodResolver(cohortThresholdsSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; values: CohortThresholds }>(null);
  const onSaveRef = useRef(onSave);
  useEffect(() => {
    onSaveRef.current = onSave;
  }, [onSave]);

  useEffect(() => {
    const flush = () => {
      const next = pending.current;
      if (!next) return;
      clearTimeout(next.timer);
      pending.current = null;
      onSaveRef.current(next.values).then(
        () => setStatus((now) => (now.kind === 'pending' ? { kind: 'saved' } : now)),
        (error: unknown) => setStatus({ kind: 'failed', message: (error as Error).message }),
      );
    };
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = null;
        // Parsed here, synchronously, so an invalid edit cancels any save still waiting.
        const parsed = cohortThresholdsSchema.safeParse(values);
        if (!parsed.success) {
          setStatus({ kind: 'invalid' });
          return;
        }
        pending.current = { values: parsed.data, timer: setTimeout(flush, SAVE_DELAY_MS) };
        setStatus({ kind: 'pending' });
      },
    });
    // Closing the dialog right after a valid edit still keeps that edit.
    return () => {
      unsubscribe();
      flush();
    };
  }, [subscribe]);

  const number = { valueAsNumber: true } as const;
  return (
    <form className="suggest-thresholds-form" noValidate onSubmit={(e) => e.preventDefault()}>
      <Field
        label="Value measure"
        hint="Which money measure ranks power users."
        error={errors.valueMetric?.message}
      >
        <select {...register('valueMetric')}>
          <option value="arr">ARR</option>
          <option value="ltv">LTV</option>
        </select>
      </Field>
      <Field
        label="Top share by value"
        hint="0.25 = the top 25% of current customers."
        error={errors.valueTopShare?.message}
      >
        <input
          type="number"
          step="0.05"
          inputMode="decimal"
          {...register('valueTopShare', number)}
        />
      </Field>
      <Field
        label="Sales cycle at or under the median"
        hint="Power users must also have closed no slower than the median customer."
        error={errors.cycleAtOrUnderMedian?.message}
      >
        <input type="checkbox" {...register('cycleAtOrUnderMedian')} />
      </Field>
      <Field
        label="Power users: customer for at least (months)"
        hint="Or a promoter NPS instead."
        error={errors.minTenureMonths?.message}
      >
        <input
          type="number"
          step="1"
          inputMode="numeric"
          {...register('minTenureMonths', number)}
        />
      </Field>
      <Field
        label="Promoter NPS (at least)"
        hint="9–10 by the standard NPS definition."
        error={errors.promoterNpsMin?.message}
      >
        <input type="number" step="1" inputMode="numeric" {...register('promoterNpsMin', number)} />
      </Field>
      <Field
        label="Emerging promoters: customer for under (months)"
        error={errors.emergingMaxTenureMonths?.message}
      >
        <input
          type="number"
          step="1"
          inputMode="numeric"
          {...register('emergingMaxTenureMonths', number)}
        />
      </Field>
      <p role="status" className={status.kind === 'failed' ? 'field-error' : 'field-hint'}>
        {status.kind === 'failed' ? `Not saved: ${status.message}` : STATUS_TEXT[status.kind]}
      </p>
    </form>
  );
}
