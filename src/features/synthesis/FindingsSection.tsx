import { useMemo, useState } from 'react';
import { useWorkspaceDb } from '../../app/useWorkspace';
import {
  createFinding,
  deleteFinding,
  linkHighlight,
  restoreFinding,
  unlinkHighlight,
  updateFindingStatus,
  type FindingStatus,
  type NewFinding,
} from '../../db/findingsRepo';
import type { Finding } from '../../domain/schemas/finding';
import { findingEvidence } from '../../domain/synthesis/findingEvidence';
import type { SynthesisInput } from '../../domain/synthesis/synthesisInput';
import { useToast } from '../../ui/toastContext';
import { FindingItem } from './FindingItem';
import { FindingQuotePicker } from './FindingQuotePicker';
import { NewFindingForm } from './NewFindingForm';
import { excerpt } from './synthesisFormat';

interface Props {
  input: SynthesisInput;
  findings: readonly Finding[];
}

const now = () => new Date().toISOString();

const STATUS_WORDS: Record<FindingStatus, string> = {
  draft: 'as a draft',
  accepted: 'accepted',
  rejected: 'rejected',
};

export function FindingsSection({ input, findings }: Props) {
  const db = useWorkspaceDb();
  const toast = useToast();
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

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      toast({ message: (error as Error).message, tone: 'error' });
    }
  };

  const create = async (finding: NewFinding) => {
    await createFinding(db, finding, now());
    toast({ message: 'Finding added as a draft' });
  };

  const remove = (finding: Finding) =>
    run(async () => {
      const deleted = await deleteFinding(db, finding.id);
      toast({
        message: `Deleted “${excerpt(deleted.statement, 50)}”`,
        action: { label: 'Undo', run: () => restoreFinding(db, deleted) },
      });
    });

  // The toast appears once the write has landed, so a reviewer knows the verdict is kept.
  const changeStatus = (finding: Finding, status: FindingStatus) =>
    run(async () => {
      const previous = finding.status;
      await updateFindingStatus(db, finding.id, status, now());
      toast({
        message: `Marked “${excerpt(finding.statement, 50)}” ${STATUS_WORDS[status]}`,
        action: {
          label: 'Undo',
          run: async () => {
            await updateFindingStatus(db, finding.id, previous, now());
          },
        },
      });
    });

  return (
    <section aria-labelledby="synthesis-findings-heading" className="synthesis-section">
      <h2 id="synthesis-findings-heading">Findings</h2>
      <p className="lede">
        Statements the team writes, each resting on linked quotes. Link quotes here or from a cell
        of the evidence matrix, then review each finding as accepted or rejected.
      </p>
      <div className="synthesis-findings-layout">
        <NewFindingForm onCreate={create} />
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
                    onStatus={(status: FindingStatus) => void changeStatus(finding, status)}
                    onUnlink={(highlightId) =>
                      void run(() => unlinkHighlight(db, finding.id, highlightId, now()))
                    }
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
          onToggle={(highlightId, linked) =>
            run(() =>
              linked
                ? linkHighlight(db, picking.id, highlightId, now())
                : unlinkHighlight(db, picking.id, highlightId, now()),
            )
          }
          onClose={() => setPickingFor(null)}
        />
      )}
    </section>
  );
}
