import type { AutosaveStatus } from './useAutosave';

interface Props {
  status: AutosaveStatus;
  error: string | null;
  onRetry(): void;
}

const LABELS: Record<AutosaveStatus, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  error: '',
};

/** "Saved" appears only once the write resolved (useAutosave guarantees it). */
export function SaveStatus({ status, error, onRetry }: Props) {
  return (
    <span className="notes-save">
      <span role="status" className={`notes-save-status ${status}`}>
        {LABELS[status]}
      </span>
      {status === 'error' && (
        <span role="alert" className="notes-save-error">
          Not saved: {error ?? 'the browser refused the write.'}{' '}
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </span>
      )}
    </span>
  );
}
