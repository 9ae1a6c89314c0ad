import { useEffect, useState } from 'react';
import type { ToastInput } from './toastContext';

const TOAST_MS = 8000;

interface Props {
  id: number;
  toast: ToastInput;
  onAction(): void;
  /** Stable across renders, so a new toast does not restart this one's clock. */
  dismiss(id: number): void;
}

/**
 * One toast. It stays while the pointer or the keyboard focus is on it: an Undo that vanishes
 * under the user's hand, or while they tab to it, is an Undo they cannot use.
 */
export function ToastItem({ id, toast, onAction, dismiss }: Props) {
  const [held, setHeld] = useState(0);
  useEffect(() => {
    if (held > 0) return;
    const timer = setTimeout(() => dismiss(id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, id, dismiss]);

  const hold = () => setHeld((n) => n + 1);
  const release = () => setHeld((n) => Math.max(0, n - 1));
  return (
    <div
      className={toast.tone === 'error' ? 'toast error' : 'toast'}
      onMouseEnter={hold}
      onMouseLeave={release}
      onFocus={hold}
      onBlur={release}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button type="button" onClick={onAction}>
          {toast.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={() => dismiss(id)}>
        ×
      </button>
    </div>
  );
}
