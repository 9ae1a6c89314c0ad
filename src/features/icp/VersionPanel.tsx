import { useId } from 'react';
import { Link } from 'react-router';
import { REVIEWER_READ_ONLY, useCanEditEvidence, useTeamSync } from '../../app/useTeamSync';
import { submitBlockers } from '../../domain/icp/signOffGuards';
import type { SignOff } from '../../domain/schemas/icpVersion';
import { versionLabel } from '../../domain/icp/versionView';
import { FROZEN_MESSAGE, nextReviewDate, STATUS_LABELS } from '../../domain/icp/versions';
import type { IcpData } from './useIcpData';
import { ApprovalsSetting } from './ApprovalsSetting';
import { ReviewerForm } from './ReviewerForm';
import { ReviewSection } from './ReviewSection';
import { SignOffControls } from './SignOffControls';
import { TeamSignOffPanel } from './TeamSignOffPanel';

interface Props {
  data: IcpData;
  /** Where "back to the current version" goes: this page without the version in the link. */
  currentHref: string;
  onSubmit(): void;
  onRecord(values: Omit<SignOff, 'at'>): Promise<void>;
  onSignOff(): void;
  onTeamSignOff(approvals: SignOff[]): void;
  onNewDraft(): void;
}

/** The workflow acts on the current version only; an earlier one is shown read-only. */
export function VersionPanel({
  data,
  currentHref,
  onSubmit,
  onRecord,
  onSignOff,
  onTeamSignOff,
  onNewDraft,
}: Props) {
  const { current, viewed, isCurrent, view } = data;
  const blockersId = useId();
  const { shared } = useTeamSync();
  const canEdit = useCanEditEvidence();
  // In a shared workspace only the owner sets the rule, and the server keeps it.
  const setsApprovals = shared === null || shared.role === 'owner';
  // Shown before the click: the repository refuses the same conditions and names them again.
  const blockers = submitBlockers(current, data.traits, data.scored);
  return (
    <section aria-labelledby="icp-version-heading" className="icp-section icp-version">
      <h2 id="icp-version-heading">
        Version {viewed.number} ·{' '}
        <span className={`icp-status icp-status-${viewed.status}`}>
          {STATUS_LABELS[viewed.status]}
        </span>
      </h2>
      {view.frozen && viewed.frozenAt && (
        <div className="icp-frozen-note" role="note" aria-label="Frozen figures">
          <p>
            <strong>Frozen on {viewed.frozenAt.slice(0, 10)}; figures as signed off.</strong>{' '}
            {!view.recorded
              ? 'No scores were recorded when this version was signed off.'
              : view.cohortsAsSignedOff
                ? 'Traits, weights, scores, cohorts, matches, separation and evidence counts are those the team approved, not today’s.'
                : 'Traits, weights, scores, separation and evidence counts are those the team approved, not today’s.'}
          </p>
          {(view.addedSince > 0 || view.deletedSince > 0 || !view.cohortsAsSignedOff) && (
            <p className="field-hint">
              {view.addedSince > 0 && `${view.addedSince} accounts added since are not scored. `}
              {view.deletedSince > 0 &&
                `${view.deletedSince} accounts scored then have been deleted. `}
              {!view.cohortsAsSignedOff &&
                'This version was signed off before cohorts were kept with it, so its scores are grouped by each account’s cohort today.'}
            </p>
          )}
        </div>
      )}
      {!isCurrent && (
        <p className="icp-locked">
          Viewing an earlier version, read-only.{' '}
          <Link to={currentHref}>View the current version ({versionLabel(current)})</Link>
        </p>
      )}
      {isCurrent && current.status === 'draft' && (
        <>
          <p className="icp-no-print">
            Edit the traits and IS / IS NOT, then submit the version for the team to review.
          </p>
          {blockers.length > 0 && (
            <div className="icp-blockers icp-no-print">
              <p id={blockersId}>Not ready for review:</p>
              <ul aria-labelledby={blockersId}>
                {blockers.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          )}
          <button
            type="button"
            className="primary"
            onClick={onSubmit}
            disabled={!canEdit}
            aria-describedby={blockers.length > 0 ? blockersId : undefined}
          >
            Submit for review
          </button>
          {!canEdit && <p className="icp-locked">{REVIEWER_READ_ONLY}</p>}
          {setsApprovals && <ApprovalsSetting />}
        </>
      )}
      {isCurrent && current.status === 'in_review' && (
        <>
          <ReviewSection
            traits={data.traits}
            evidence={data.evidence}
            highlights={data.highlights}
            accounts={data.accounts}
          />
          {shared ? (
            <TeamSignOffPanel version={current} onFreeze={canEdit ? onTeamSignOff : null} />
          ) : (
            <>
              <ReviewerForm onRecord={onRecord} />
              <SignOffControls version={current} onSignOff={onSignOff} />
            </>
          )}
          {setsApprovals && <ApprovalsSetting />}
        </>
      )}
      {isCurrent && current.status === 'signed_off' && current.frozenAt && (
        <>
          <p className="icp-locked">{FROZEN_MESSAGE}</p>
          <p>
            Signed off on {current.frozenAt.slice(0, 10)}. Next review:{' '}
            <strong>{nextReviewDate(current.frozenAt)}</strong> (quarterly).
          </p>
          <button type="button" className="primary" onClick={onNewDraft} disabled={!canEdit}>
            Start new draft
          </button>
          {!canEdit && <p className="icp-locked">{REVIEWER_READ_ONLY}</p>}
        </>
      )}
      {viewed.signOffs.length > 0 && (
        <>
          <h3>Decisions</h3>
          <ul className="icp-signoffs">
            {viewed.signOffs.map((s, i) => (
              <li key={i}>
                {s.name} ({s.role}): {s.decision === 'approve' ? 'Approved' : 'Requested changes'}
                {s.comment && ` — “${s.comment}”`} · {s.at.slice(0, 10)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
