import { useId, useState } from 'react';
import { errorText } from '../../commands/errorText';
import { teamSignOffText, type TeamDecision } from '../../domain/review/teamSignOff';
import type { IcpVersion, SignOff } from '../../domain/schemas/icpVersion';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { useTeamSignOff } from './useTeamSignOff';

interface Props {
  version: IcpVersion;
  /** Owners and editors freeze the version once the team signed it off; null for a reviewer. */
  onFreeze: ((approvals: SignOff[]) => void) | null;
}

const DECIDED: Record<TeamDecision['decision'], string> = {
  approve: 'approved',
  request_changes: 'requested changes',
};

/**
 * Sign-off in a shared workspace: each member decides as themselves, the team server records
 * it, and the version is signed off once enough different people approved this exact content.
 */
export function TeamSignOffPanel({ version, onFreeze }: Props) {
  const headingId = useId();
  const { state, error, decide } = useTeamSignOff(version);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const submit = async (decision: TeamDecision['decision']) => {
    setBusy(true);
    try {
      await decide(decision, note.trim() === '' ? null : note.trim());
      setNote('');
      setFailed(null);
    } catch (failure) {
      setFailed(errorText(failure, 'Your decision was not recorded'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={headingId} className="icp-team-signoff">
      <h3 id={headingId}>Team sign-off</h3>
      <ErrorAlert message={error} className="icp-locked" />
      <p role="status" className={state?.signedOff ? 'icp-signed-off' : undefined}>
        {state ? teamSignOffText(state) : 'Reading the team’s decisions…'}
      </p>
      <div className="field">
        <label htmlFor={`${headingId}-note`}>Note with your decision (optional)</label>
        <textarea
          id={`${headingId}-note`}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <ErrorAlert message={failed} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void submit('approve')}
        >
          Approve
        </button>
        <button type="button" disabled={busy} onClick={() => void submit('request_changes')}>
          Request changes
        </button>
      </div>
      {state?.signedOff && onFreeze && (
        <button
          type="button"
          onClick={() =>
            onFreeze(
              state.approvedBy.map((d) => ({
                name: d.name,
                role: d.role,
                decision: 'approve',
                comment: d.note ?? '',
                at: d.at,
                reviewerId: d.memberId,
              })),
            )
          }
        >
          Freeze version {version.number} as signed off
        </button>
      )}
      {state && state.decisions.length > 0 && (
        <ul className="icp-signoffs" aria-label="Team decisions">
          {state.decisions.map((d) => (
            <li key={d.seq}>
              {d.name} ({d.role}) {DECIDED[d.decision]} ·{' '}
              <time dateTime={d.at}>{formatDateTime(d.at)}</time>
              {d.note && ` — “${d.note}”`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
