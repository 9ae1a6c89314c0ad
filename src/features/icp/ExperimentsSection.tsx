import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { useWorkspaceDb } from '../../app/useWorkspace';
import {
  createExperimentCommand,
  deleteExperimentCommand,
  endExperimentEarlyCommand,
  finishExperimentCommand,
  startExperimentCommand,
  updateExperimentCommand,
} from '../../commands/experimentCommands';
import { listExperiments } from '../../db/experimentsRepo';
import { nextReviewDate } from '../../domain/icp/versions';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import { ExperimentCard } from './ExperimentCard';
import { formToExperiment } from './experimentForm';
import { NewExperimentForm } from './NewExperimentForm';

interface Props {
  versions: readonly IcpVersion[];
  current: IcpVersion;
}

/** The last signed-off version is the ICP in force, and the one experiments test. */
function inForce(versions: readonly IcpVersion[]): IcpVersion | null {
  return versions.findLast((v) => v.status === 'signed_off' && v.frozenAt !== null) ?? null;
}

export function ExperimentsSection({ versions, current }: Props) {
  const db = useWorkspaceDb();
  const run = useCommand();
  const ctx = useCommandContext();
  const experiments = useLiveQuery(() => listExperiments(db), [db]);
  const [adding, setAdding] = useState(false);
  const signed = inForce(versions);
  // The card's forms show a failure beside their fields, so the error is thrown to them.
  const inCard = (failed: string) => ({ failed, throwErrors: true });

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
          onSubmit={async (values) => {
            await run(
              createExperimentCommand(ctx, formToExperiment(values, signed?.id ?? null)),
              inCard('The experiment was not planned'),
            );
            setAdding(false);
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
              await run(
                updateExperimentCommand(ctx, { id: exp.id, details }),
                inCard('The experiment was not saved'),
              );
            }}
            onStart={async () => {
              await run(
                startExperimentCommand(ctx, exp.id),
                inCard('The experiment did not start'),
              );
            }}
            onFinish={async (finish) => {
              await run(
                finishExperimentCommand(ctx, { id: exp.id, finish }),
                inCard('The experiment was not finished'),
              );
            }}
            onEndEarly={async (reason) => {
              await run(
                endExperimentEarlyCommand(ctx, { id: exp.id, reason }),
                inCard('The experiment was not ended'),
              );
            }}
            onDelete={() =>
              void run(deleteExperimentCommand(ctx, exp.id), {
                failed: 'The experiment was not deleted',
              })
            }
          />
        ))
      )}
    </section>
  );
}
