import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { useCommentEnv } from '../../app/useCommentEnv';
import { REVIEWER_READ_ONLY, useCanEditEvidence } from '../../app/useTeamSync';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import {
  createTraitCommand,
  deleteTraitCommand,
  updateTraitCommand,
} from '../../commands/icpCommands';
import {
  recordSignOffCommand,
  signOffAsTeamCommand,
  signOffVersionCommand,
  startNewDraftCommand,
  submitForReviewCommand,
  updateVersionLinesCommand,
} from '../../commands/icpVersionCommands';
import { IN_REVIEW_MESSAGE, type TraitDetails } from '../../db/icpRepo';
import { versionLabel } from '../../domain/icp/versionView';
import { FROZEN_MESSAGE } from '../../domain/icp/versions';
import type { TraitDraft } from '../../domain/icp/traitDraftFromLift';
import type { Code } from '../../domain/schemas/code';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import type { Trait } from '../../domain/schemas/trait';
import { ExperimentsSection } from './ExperimentsSection';
import { ExportButtons } from './ExportButtons';
import { FitScoresSection } from './FitScoresSection';
import { FromCodeDialog } from './FromCodeDialog';
import { IcpGridSection } from './IcpGridSection';
import { LineComments } from './LineComments';
import { LinesEditor } from './LinesEditor';
import {
  NEW_TRAIT_PARAMS,
  resolveNewTraitLink,
  withoutNewTraitParams,
} from '../../domain/icp/newTraitLink';
import { PersonasSection } from './PersonasSection';
import { TraitComments } from './TraitComments';
import { TraitDialog } from './TraitDialog';
import { TraitsSection } from './TraitsSection';
import { useIcpData } from './useIcpData';
import { VersionDiffSection } from './VersionDiffSection';
import { VersionPanel } from './VersionPanel';
import { VersionPicker } from './VersionPicker';
import './icpPrint.css';

/** Other pages open the trait dialog prefilled with the links built in domain/icp/newTraitLink. */
export const NEW_TRAIT_FROM_CODE = NEW_TRAIT_PARAMS.fromCode;
/** /icp?version=<versionId> opens that version read-only; in the link so it survives reload. */
export const VERSION_PARAM = 'version';

type Editing = { trait: Trait | null; fromCode: Code | null; draft?: TraitDraft | null };

export function IcpPage() {
  usePageTitle('ICP');
  const db = useWorkspaceDb();
  const run = useCommand();
  const ctx = useCommandContext();
  const commentEnv = useCommentEnv();
  const canEdit = useCanEditEvidence();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pickingCode, setPickingCode] = useState(false);
  const [params, setParams] = useSearchParams();
  const data = useIcpData(db, params.get(VERSION_PARAM), canEdit);
  const noVersion = useLiveQuery(async () => (await db.icpVersions.count()) === 0, [db]);

  if (!data) {
    return (
      <section aria-labelledby="icp-heading">
        <h1 id="icp-heading">Ideal Customer Profile</h1>
        <p role="status">
          {!canEdit && noVersion
            ? 'There is no ICP yet: the owner or an editor starts the first draft.'
            : 'Loading the ICP…'}
        </p>
      </section>
    );
  }
  const { current, viewed, isCurrent, view } = data;
  // An earlier version is history: nothing on it can be edited, whatever the current status.
  const lockedReason = !canEdit
    ? REVIEWER_READ_ONLY
    : !isCurrent
      ? `Viewing version ${viewed.number}, read-only. Switch to the current version to edit.`
      : current.status === 'draft'
        ? null
        : lockedMessage(current.status);
  const viewVersion = (version: IcpVersion) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      // The current version needs no parameter, so a plain /icp link always means the latest.
      if (version.id === current.id) next.delete(VERSION_PARAM);
      else next.set(VERSION_PARAM, version.id);
      return next;
    });
  const currentParams = new URLSearchParams(params);
  currentParams.delete(VERSION_PARAM);
  const currentHref = `?${currentParams.toString()}`;
  // The link is read during render rather than copied into state, and dropped once handled.
  const fromParams = resolveNewTraitLink(params, data);
  const fromLink: Editing | null =
    fromParams?.draft && lockedReason === null
      ? { trait: null, fromCode: null, draft: fromParams.draft }
      : null;
  const dialog = editing ?? fromLink;
  const closeDialog = () => {
    setEditing(null);
    if (fromParams) setParams((prev) => withoutNewTraitParams(prev), { replace: true });
  };

  // The dialog shows a failure beside its fields and stays open, so the error is thrown to it.
  const saveTrait = async (trait: Trait | null, details: TraitDetails) => {
    const options = { failed: 'The trait was not saved', throwErrors: true };
    if (trait) await run(updateTraitCommand(ctx, { id: trait.id, details }), options);
    else await run(createTraitCommand(ctx, details), options);
  };

  return (
    <section aria-labelledby="icp-heading" className="icp-page">
      <div className="page-header">
        <h1 id="icp-heading">Ideal Customer Profile</h1>
        <VersionPicker versions={data.versions} viewed={viewed} onPick={viewVersion} />
        <button type="button" className="icp-no-print" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
      </div>
      {/* Printed in place of the picker, so the paper says which version it is. */}
      <p className="icp-print-only">Version: {versionLabel(viewed)}</p>
      {data.missingVersion && (
        <p role="alert" className="icp-locked">
          That version no longer exists; showing the current one.
        </p>
      )}
      {fromParams && !fromLink && (
        <p role="alert" className="icp-locked">
          {fromParams.draft ? `Cannot create a trait now: ${lockedReason ?? ''}` : fromParams.error}
        </p>
      )}
      <p className="lede">
        Weighted traits score every account; a good ICP scores power users well above churners and
        lost deals. Sign off a version once the team agrees the evidence holds.
      </p>
      <VersionPanel
        data={data}
        currentHref={currentHref}
        onSubmit={() =>
          void run(submitForReviewCommand(ctx, current.id), {
            failed: 'The version was not submitted',
          })
        }
        onRecord={async (signOff) => {
          await run(recordSignOffCommand(ctx, { versionId: current.id, signOff }), {
            failed: 'The decision was not recorded',
            throwErrors: true,
          });
        }}
        onSignOff={() =>
          void run(signOffVersionCommand(ctx, current.id), {
            failed: 'The version was not signed off',
          })
        }
        onTeamSignOff={(approvals) =>
          void run(signOffAsTeamCommand(ctx, { versionId: current.id, approvals }), {
            failed: 'The version was not signed off',
          })
        }
        onNewDraft={() =>
          void run(startNewDraftCommand(ctx, current.id), {
            failed: 'No new draft was started',
          })
        }
      />
      <TraitsSection
        traits={view.traits}
        codes={data.codes}
        evidence={view.evidence}
        matches={view.matches}
        lockedReason={lockedReason}
        onAdd={() => setEditing({ trait: null, fromCode: null })}
        onAddFromCode={() => setPickingCode(true)}
        onEdit={(trait) => setEditing({ trait, fromCode: null })}
        onDelete={(trait) =>
          void run(deleteTraitCommand(ctx, trait), { failed: 'The trait was not deleted' })
        }
      />
      <TraitComments env={commentEnv} traits={view.traits} />
      <FitScoresSection
        accounts={data.accounts}
        deals={data.deals}
        scored={view.scored}
        traits={viewed.traits}
        heard={data.heard}
        separation={view.separation}
        frozenAt={view.frozen ? viewed.frozenAt : null}
        pipelineScored={data.pipelineScored}
        versionNumber={viewed.number}
      />
      <LinesEditor
        key={`${viewed.id}-${viewed.status}`}
        version={viewed}
        locked={lockedReason !== null}
        onSave={async (lines) => {
          await run(updateVersionLinesCommand(ctx, { versionId: current.id, lines }), {
            failed: 'The lines were not saved',
            throwErrors: true,
          });
        }}
      />
      <LineComments env={commentEnv} version={viewed} />
      <PersonasSection
        version={data.viewed}
        accounts={data.accounts}
        contacts={data.contacts}
        highlights={data.highlights}
        codes={data.codes}
      />
      <IcpGridSection data={data} />
      <VersionDiffSection data={data} commentEnv={commentEnv} />
      <ExperimentsSection versions={data.versions} current={current} />
      <ExportButtons data={data} />
      {pickingCode && (
        <FromCodeDialog
          codes={data.codes}
          onClose={() => setPickingCode(false)}
          onPick={(code) => {
            setPickingCode(false);
            setEditing({ trait: null, fromCode: code });
          }}
        />
      )}
      {dialog && (
        <TraitDialog
          trait={dialog.trait}
          fromCode={dialog.fromCode}
          draft={dialog.draft ?? null}
          codes={data.codes}
          onSave={(details) => saveTrait(dialog.trait, details)}
          onClose={closeDialog}
        />
      )}
    </section>
  );
}

function lockedMessage(status: 'draft' | 'in_review' | 'signed_off'): string {
  return status === 'signed_off' ? FROZEN_MESSAGE : IN_REVIEW_MESSAGE;
}
