import type { SignOff } from '../../domain/schemas/icpVersion';
import { FROZEN_MESSAGE, nextReviewDate, STATUS_LABELS } from '../../domain/icp/versions';
import type { IcpData } from './useIcpData';
import { ReviewerForm } from './ReviewerForm';
import { ReviewSection } from './ReviewSection';

interface Props {
  data: IcpData;
  onSubmit(): void;
  onRecord(values: Omit<SignOff, 'at'>): Promise<void>;
  onSignOff(): void;
  onNewDraft(): void;
}

export function VersionPanel({ data, onSubmit, onRecord, onSignOff, onNewDraft }: Props) {
  const { current } = data;
  const approvals = current.signOffs.filter((s) => s.decision === 'approve').length;
  return (
    <section aria-labelledby="icp-version-heading" className="icp-section icp-version">
      <h2 id="icp-version-heading">
        Version {current.number} ·{' '}
        <span className={`icp-status icp-status-${current.status}`}>
          {STATUS_LABELS[current.status]}
        </span>
      </h2>
      {current.status === 'draft' && (
        <>
          <p>Edit the traits and IS / IS NOT, then submit the version for the team to review.</p>
          <button type="button" className="primary" onClick={onSubmit}>
            Submit for review
          </button>
        </>
      )}
      {current.status === 'in_review' && (
        <>
          <ReviewSection
            traits={data.traits}
            evidence={data.evidence}
            highlights={data.highlights}
            accounts={data.accounts}
          />
          <ReviewerForm onRecord={onRecord} />
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={onSignOff}
              disabled={approvals === 0}
            >
              Sign off
            </button>
            {approvals === 0 && <span className="field-hint">Record an approval first.</span>}
          </div>
        </>
      )}
      {current.status === 'signed_off' && current.frozenAt && (
        <>
          <p className="icp-locked">{FROZEN_MESSAGE}</p>
          <p>
            Signed off on {current.frozenAt.slice(0, 10)}. Next review:{' '}
            <strong>{nextReviewDate(current.frozenAt)}</strong> (quarterly).
          </p>
          <button type="button" className="primary" onClick={onNewDraft}>
            Start new draft
          </button>
        </>
      )}
      {current.signOffs.length > 0 && (
        <>
          <h3>Decisions</h3>
          <ul className="icp-signoffs">
            {current.signOffs.map((s, i) => (
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
