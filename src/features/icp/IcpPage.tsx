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
import { FROZEN_MESSAGE } from '../../domain/icp/versions';
import type { Code } from '../../domain/schemas/code';
import type { Trait } from '../../domain/schemas/trait';
import { useToast } from '../../ui/toastContext';
import { ExperimentsSection } from './ExperimentsSection';
import { ExportButtons } from './ExportButtons';
import { FitScoresSection } from './FitScoresSection';
import { FromCodeDialog } from './FromCodeDialog';
import { IcpGridSection } from './IcpGridSection';
import { LinesEditor } from './LinesEditor';
import { PersonasSection } from './PersonasSection';
import { TraitDialog } from './TraitDialog';
import { TraitsSection } from './TraitsSection';
import { useIcpData } from './useIcpData';
import { VersionDiffSection } from './VersionDiffSection';
import { VersionPanel } from './VersionPanel';

/** Other pages open the trait dialog for a code with /icp?newTraitFromCode=<codeId>. */
export const NEW_TRAIT_FROM_CODE = 'newTraitFromCode';

type Editing = { trait: Trait | null; fromCode: Code | null };

export function IcpPage() {
  usePageTitle('ICP');
  const db = useWorkspaceDb();
  const toast = useToast();
  const data = useIcpData(db);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pickingCode, setPickingCode] = useState(false);
  const [params, setParams] = useSearchParams();
  const fromCodeParam = params.get(NEW_TRAIT_FROM_CODE);

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
  const { current } = data;
  const lockedReason = current.status === 'draft' ? null : lockedMessage(current.status);
  // The link is read during render rather than copied into state, and dropped once handled.
  const paramCode = fromCodeParam ? (data.codes.find((c) => c.id === fromCodeParam) ?? null) : null;
  const fromLink: Editing | null =
    paramCode && lockedReason === null ? { trait: null, fromCode: paramCode } : null;
  const dialog = editing ?? fromLink;
  const closeDialog = () => {
    setEditing(null);
    if (fromCodeParam) {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.delete(NEW_TRAIT_FROM_CODE);
          return next;
        },
        { replace: true },
      );
    }
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
      </div>
      {fromCodeParam && !fromLink && (
        <p role="alert" className="icp-locked">
          {paramCode
            ? `Cannot create a trait now: ${lockedReason ?? ''}`
            : 'That code no longer exists.'}
        </p>
      )}
      <p className="lede">
        Weighted traits score every account; a good ICP scores power users well above churners and
        lost deals. Sign off a version once the team agrees the evidence holds.
      </p>
      <VersionPanel
        data={data}
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
        traits={data.traits}
        codes={data.codes}
        evidence={data.evidence}
        matches={data.matches}
        lockedReason={lockedReason}
        onAdd={() => setEditing({ trait: null, fromCode: null })}
        onAddFromCode={() => setPickingCode(true)}
        onEdit={(trait) => setEditing({ trait, fromCode: null })}
        onDelete={(trait) => void removeTrait(trait)}
      />
      <FitScoresSection
        accounts={data.accounts}
        deals={data.deals}
        scored={data.scored}
        separation={data.separation}
      />
      <LinesEditor
        key={`${current.id}-${current.status}`}
        version={current}
        locked={lockedReason !== null}
        onSave={async (lines) => {
          await updateVersionLines(db, current.id, lines, nowIso());
        }}
      />
      <PersonasSection
        accounts={data.accounts}
        contacts={data.contacts}
        highlights={data.highlights}
        codes={data.codes}
      />
      <IcpGridSection data={data} />
      <VersionDiffSection versions={data.versions} liveSeparation={data.separation} />
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
