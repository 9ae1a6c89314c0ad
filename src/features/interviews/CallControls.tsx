import { formatElapsed } from '../../domain/noteStamps';
import type { Interview } from '../../domain/schemas/interview';
import { useCallClock } from './useCallClock';

interface Props {
  interview: Pick<Interview, 'startedAt' | 'status'>;
  busy: boolean;
  onStart(): void;
  onEnd(): void;
}

export function CallControls({ interview, busy, onStart, onEnd }: Props) {
  const running = interview.status === 'in_progress' && interview.startedAt !== null;
  const elapsed = useCallClock(interview.startedAt, running);
  if (running) {
    return (
      <div className="notes-call running">
        <span className="notes-clock">
          Call running{' '}
          <span role="timer" aria-label="Elapsed time">
            {formatElapsed(elapsed)}
          </span>
        </span>
        <button type="button" onClick={onEnd} disabled={busy}>
          End call
        </button>
      </div>
    );
  }
  return (
    <div className="notes-call">
      <button type="button" className="primary" onClick={onStart} disabled={busy}>
        {interview.startedAt ? 'Resume call' : 'Start call'}
      </button>
    </div>
  );
}
