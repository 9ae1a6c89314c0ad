import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useWorkspaceDb } from '../../app/useWorkspace';
import {
  createExperiment,
  deleteExperiment,
  endExperimentEarlyById,
  finishExperimentById,
  listExperiments,
  restoreExperiment,
  startExperimentById,
  updateExperiment,
} from '../../db/experimentsRepo';
import { nowIso } from '../../db/workspaceRegistry';
import { nextReviewDate } from '../../domain/icp/versions';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import { useToast } from '../../ui/toastContext';
import { ExperimentCard } from './ExperimentCard';
import { formToExperiment } from './experimentForm';
import { NewExperimentForm } from './NewExperimentForm';

interface Props {
  versions: readonly IcpVersion[];
  current: IcpVersion;
}

const today = () => nowIso().slice(0, 10);

/** The last signed-off version is the ICP in force, and the one experiments test. */
function inForce(versions: readonly IcpVersion[]): IcpVersion | null {
  return versions.findLast((v) => v.status === 'signed_off' && v.frozenAt !== null) ?? null;
}

export function ExperimentsSection({ versions, current }: Props) {
  const db = useWorkspaceDb();
  const toast = useToast();
  const experiments = useLiveQuery(() => listExperiments(db), [db]);
  const [adding, setAdding] = useState(false);
  const signed = inForce(versions);

  const remove = async (id: string) => {
    try {
      const deleted = await deleteExperiment(db, id);
      toast({
        message: 'Experiment deleted.',
        action: { label: 'Undo', run: () => restoreExperiment(db, deleted) },
      });
    } catch (error) {
      toast({ message: (error as Error).message, tone: 'error' });
    }
  };

  return (
    <section aria-labelledby="icp-experiments-heading" className="icp-section">
      <div className="icp-section-header">
        <h2 id="icp-experiments-heading">Experiments</h2>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            New experiment
          </button>
        )}
      </div>
      {/* VersionPanel shows the date while the current version is the signed-off one. */}
      {current.status !== 'signed_off' && (
        <p>
          {signed?.frozenAt ? (
            <>
              Next review: <strong>{nextReviewDate(signed.frozenAt)}</strong> (quarterly after
              version {signed.number} was signed off).
            </>
          ) : (
            'Next review: sign off a version first.'
          )}
        </p>
      )}
      <p className="field-hint">
        Test the ICP with experiments: agree the hypothesis, segment and success criteria before
        starting, and record the result when done.
      </p>
      {adding && (
        <NewExperimentForm
          onCancel={() => setAdding(false)}
          onCreate={async (values) => {
            await createExperiment(db, formToExperiment(values, signed?.id ?? null), nowIso());
            setAdding(false);
            toast({ message: 'Experiment planned.' });
          }}
        />
      )}
      {experiments === undefined ? (
        <p role="status">Loading experiments…</p>
      ) : experiments.length === 0 ? (
        !adding && <p>No experiments yet.</p>
      ) : (
        experiments.map((exp) => (
          <ExperimentCard
            key={`${exp.id}-${exp.updatedAt}`}
            experiment={exp}
            onSave={async (values) => {
              const { icpVersionId: _keep, ...details } = formToExperiment(values, null);
              await updateExperiment(db, exp.id, details, nowIso());
              toast({ message: 'Experiment saved.' });
            }}
            onStart={async () => {
              await startExperimentById(db, exp.id, today(), nowIso());
              toast({ message: 'Experiment started: its criteria are locked.' });
            }}
            onFinish={async (values) => {
              await finishExperimentById(db, exp.id, values, today(), nowIso());
              toast({ message: 'Experiment finished.' });
            }}
            onEndEarly={async (reason) => {
              await endExperimentEarlyById(db, exp.id, reason, today(), nowIso());
              toast({ message: 'Experiment ended early; it stays on record with the reason.' });
            }}
            onDelete={() => void remove(exp.id)}
          />
        ))
      )}
    </section>
  );
}
