import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import {
  createTrait,
  deleteTrait,
  IN_REVIEW_MESSAGE,
  recordSignOff,
  signOffVersion,
  startNewDraft,
  submitForReview,
  updateTrait,
  updateVersionLines,
  type TraitDetails,
} from '../../db/icpRepo';
import { nowIso } from '../../db/workspaceRegistry';
import { versionLabel } from '../../domain/icp/versionView';
import { FROZEN_MESSAGE } from '../../domain/icp/versions';
import type { TraitDraft } from '../../domain/icp/traitDraftFromLift';
import type { Code } from '../../domain/schemas/code';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import type { Trait } from '../../domain/schemas/trait';
import { useToast } from '../../ui/toastContext';
import { ExperimentsSection } from './ExperimentsSection';
import { ExportButtons } from './ExportButtons';
import { FitScoresSection } from './FitScoresSection';
import { FromCodeDialog } from './FromCodeDialog';
import { IcpGridSection } from './IcpGridSection';
import { LinesEditor } from './LinesEditor';
import {
  NEW_TRAIT_PARAMS,
  resolveNewTraitLink,
  withoutNewTraitParams,
} from '../../domain/icp/newTraitLink';
import { PersonasSection } from './PersonasSection';
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
  const toast = useToast();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pickingCode, setPickingCode] = useState(false);
  const [params, setParams] = useSearchParams();
  const data = useIcpData(db, params.get(VERSION_PARAM));

  const run = async (action: () => Promise<unknown>, success?: string) => {
    try {
      await action();
      if (success) toast({ message: success });
    } catch (error) {
      toast({ message: (error as Error).message, tone: 'error' });
    }
  };

  if (!data) {
    return (
      <section aria-labelledby="icp-heading">
        <h1 id="icp-heading">Ideal Customer Profile</h1>
        <p role="status">Loading the ICP…</p>
      </section>
    );
  }
  const { current, viewed, isCurrent, view } = data;
  // An earlier version is history: nothing on it can be edited, whatever the current status.
  const lockedReason = !isCurrent
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

  const saveTrait = async (trait: Trait | null, details: TraitDetails) => {
    if (trait) await updateTrait(db, trait.id, details, nowIso());
    else await createTrait(db, details, nowIso());
  };
  const removeTrait = (trait: Trait) =>
    run(async () => {
      await deleteTrait(db, trait.id, nowIso());
      const { id: _id, createdAt: _c, updatedAt: _u, ...details } = trait;
      toast({
        message: `Deleted “${trait.name}”.`,
        action: {
          label: 'Undo',
          run: () => createTrait(db, details, nowIso(), trait.id).then(() => undefined),
        },
      });
    });

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
          void run(() => submitForReview(db, current.id, nowIso()), 'Submitted for review.')
        }
        onRecord={async (values) => {
          await recordSignOff(db, current.id, values, nowIso());
          toast({
            message:
              values.decision === 'approve'
                ? 'Approval recorded.'
                : 'Changes requested: back to draft.',
          });
        }}
        onSignOff={() =>
          void run(
            () => signOffVersion(db, current.id, nowIso()),
            `Version ${current.number} signed off.`,
          )
        }
        onNewDraft={() =>
          void run(() => startNewDraft(db, current.id, nowIso()), 'New draft started.')
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
        onDelete={(trait) => void removeTrait(trait)}
      />
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
          await updateVersionLines(db, current.id, lines, nowIso());
        }}
      />
      <PersonasSection
        version={data.viewed}
        accounts={data.accounts}
        contacts={data.contacts}
        highlights={data.highlights}
        codes={data.codes}
      />
      <IcpGridSection data={data} />
      <VersionDiffSection data={data} />
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
