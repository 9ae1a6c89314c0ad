import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { canDeleteExperiment, canEditCriteria } from '../../domain/experiments';
import type { Experiment } from '../../domain/schemas/experiment';
import {
  EXPERIMENT_STATUS_LABELS,
  experimentFormSchema,
  OUTCOME_LABELS,
  type ExperimentFormValues,
  type FinishFormValues,
} from './experimentForm';
import { EndExperimentEarlyForm } from './EndExperimentEarlyForm';
import { ExperimentFields } from './ExperimentFields';
import { FinishExperimentForm } from './FinishExperimentForm';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Props {
  experiment: Experiment;
  onSave(values: ExperimentFormValues): Promise<void>;
  onStart(): Promise<void>;
  onFinish(values: FinishFormValues): Promise<void>;
  onEndEarly(reason: string): Promise<void>;
  onDelete(): void;
}

/** Keyed by updatedAt by its parent, so the form always starts from the stored record. */
export function ExperimentCard({
  experiment,
  onSave,
  onStart,
  onFinish,
  onEndEarly,
  onDelete,
}: Props) {
  const headingId = useId();
  const [closing, setClosing] = useState<'finish' | 'end-early' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editable = canEditCriteria(experiment);
  const form = useForm<ExperimentFormValues>({
    resolver: zodResolver(experimentFormSchema),
    defaultValues: {
      hypothesis: experiment.hypothesis,
      targetSegment: experiment.targetSegment,
      successCriteria: experiment.successCriteria,
      startDate: experiment.startDate ?? '',
      endDate: experiment.endDate ?? '',
    },
  });

  const attempt = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const save = form.handleSubmit((values) => attempt(() => onSave(values)));
  const { isSubmitting, isDirty } = form.formState;

  return (
    <article aria-labelledby={headingId} className="icp-section icp-experiment">
      <h3 id={headingId}>
        {experiment.hypothesis || 'Untitled experiment'} ·{' '}
        <span className={`icp-status icp-experiment-${experiment.status}`}>
          {EXPERIMENT_STATUS_LABELS[experiment.status]}
        </span>
      </h3>
      <form onSubmit={(e) => void save(e)} noValidate aria-label="Experiment details">
        <ExperimentFields form={form} locked={!editable} />
        {!editable && (
          <p>
            Started {experiment.startDate ?? '—'}
            {experiment.status === 'done' ? ', finished ' : ', planned end '}
            {experiment.endDate ?? '—'}.
          </p>
        )}
        {editable && (
          <div className="form-actions">
            <button type="submit" disabled={isSubmitting || !isDirty}>
              Save changes
            </button>
            <button
              type="button"
              className="primary"
              disabled={isDirty}
              onClick={() => void attempt(onStart)}
            >
              Start experiment
            </button>
            {isDirty && <span className="field-hint">Save the changes before starting.</span>}
          </div>
        )}
      </form>
      {experiment.status === 'done' &&
        (experiment.endedEarly ? (
          <p>
            <strong>Ended early</strong>: {experiment.result}
          </p>
        ) : (
          <p>
            Result: {experiment.result} ·{' '}
            <strong>{experiment.outcome ? OUTCOME_LABELS[experiment.outcome] : '—'}</strong>
          </p>
        ))}
      {experiment.status === 'running' && closing === 'finish' && (
        <FinishExperimentForm onSubmit={onFinish} onCancel={() => setClosing(null)} />
      )}
      {experiment.status === 'running' && closing === 'end-early' && (
        <EndExperimentEarlyForm
          onSubmit={({ reason }) => onEndEarly(reason)}
          onCancel={() => setClosing(null)}
        />
      )}
      {experiment.status === 'running' && closing === null && (
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => setClosing('finish')}>
            Finish experiment…
          </button>
          <button type="button" onClick={() => setClosing('end-early')}>
            End early…
          </button>
        </div>
      )}
      <ErrorAlert message={error} />
      {canDeleteExperiment(experiment) && (
        <div className="form-actions">
          <button type="button" onClick={onDelete}>
            Delete experiment
          </button>
        </div>
      )}
    </article>
  );
}
