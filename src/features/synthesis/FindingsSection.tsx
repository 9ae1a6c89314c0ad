import { useMemo, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { useCommentEnv } from '../../app/useCommentEnv';
import { REVIEWER_READ_ONLY, useCanEditEvidence } from '../../app/useTeamSync';
import {
  createFindingCommand,
  deleteFindingCommand,
  linkQuoteCommand,
  setFindingStatusCommand,
  unlinkQuoteCommand,
} from '../../commands/findingCommands';
import type { FindingStatus, NewFinding } from '../../db/findingsRepo';
import type { Finding } from '../../domain/schemas/finding';
import { findingEvidence } from '../../domain/synthesis/findingEvidence';
import type { SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { FindingItem } from './FindingItem';
import { FindingQuotePicker } from './FindingQuotePicker';
import { NewFindingForm } from './NewFindingForm';

interface Props {
  input: SynthesisInput;
  findings: readonly Finding[];
}

export function FindingsSection({ input, findings }: Props) {
  const run = useCommand();
  const ctx = useCommandContext();
  const commentEnv = useCommentEnv();
  const canEdit = useCanEditEvidence();
  const [pickingFor, setPickingFor] = useState<string | null>(null);
  const evidence = useMemo(
    () => new Map(findings.map((finding) => [finding.id, findingEvidence(finding, input)])),
    [findings, input],
  );
  const picking = findings.find((finding) => finding.id === pickingFor);
  // Every quote, in the order the evidence lists use, built only while the picker is open.
  const allQuotes = useMemo(
    () =>
      picking
        ? findingEvidence({ highlightIds: input.highlights.map((h) => h.id) }, input).quotes
        : [],
    [picking, input],
  );

  /** Rejects with the reason, for the form to show beside its fields. */
  const create = async (finding: NewFinding) => {
    await run(createFindingCommand(ctx, finding), {
      failed: 'The finding was not saved',
      throwErrors: true,
    });
  };

  const remove = (finding: Finding) =>
    run(deleteFindingCommand(ctx, finding.id), { failed: 'The finding was not deleted' });

  // The toast appears once the write has landed, so a reviewer knows the verdict is kept.
  const changeStatus = (finding: Finding, status: FindingStatus) =>
    run(setFindingStatusCommand(ctx, { findingId: finding.id, status }), {
      failed: 'The status was not saved',
    });

  // Links change quote by quote while the picker is open: the picker shows them, not toasts.
  const setLinked = async (findingId: string, highlightId: string, linked: boolean) => {
    await run((linked ? linkQuoteCommand : unlinkQuoteCommand)(ctx, { findingId, highlightId }), {
      failed: linked ? 'The quote was not linked' : 'The quote was not unlinked',
      quiet: true,
    });
  };

  return (
    <section aria-labelledby="synthesis-findings-heading" className="synthesis-section">
      <h2 id="synthesis-findings-heading">Findings</h2>
      <p className="lede">
        Statements the team writes, each resting on linked quotes. Link quotes here or from a cell
        of the evidence matrix, then review each finding as accepted or rejected.
      </p>
      <div className="synthesis-findings-layout">
        {canEdit ? (
          <NewFindingForm onCreate={create} />
        ) : (
          <p className="icp-locked">{REVIEWER_READ_ONLY}</p>
        )}
        <div className="synthesis-findings-list">
          {findings.length === 0 ? (
            <p>No findings yet.</p>
          ) : (
            findings.map((finding) => {
              const support = evidence.get(finding.id);
              return (
                support && (
                  <FindingItem
                    key={finding.id}
                    finding={finding}
                    evidence={support}
                    commentEnv={commentEnv}
                    readOnly={!canEdit}
                    onStatus={(status: FindingStatus) => void changeStatus(finding, status)}
                    onUnlink={(highlightId) => void setLinked(finding.id, highlightId, false)}
                    onPickQuotes={() => setPickingFor(finding.id)}
                    onDelete={() => void remove(finding)}
                  />
                )
              );
            })
          )}
        </div>
      </div>
      {picking && (
        <FindingQuotePicker
          finding={picking}
          quotes={allQuotes}
          onToggle={(highlightId, linked) => setLinked(picking.id, highlightId, linked)}
          onClose={() => setPickingFor(null)}
        />
      )}
    </section>
  );
}
