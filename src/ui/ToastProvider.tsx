import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastInput } from './toastContext';

interface ShownToast extends ToastInput {
  id: number;
}

const TOAST_MS = 8000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((t) => t.id !== id));
  }, []);

  const show = useCallback(
    (toast: ToastInput) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(-2), { ...toast, id }]);
      setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );

  // An Undo that fails must say so: the user believes their change was taken back.
  const runAction = (toast: ShownToast) => {
    Promise.resolve()
      .then(() => toast.action?.run())
      .catch((error: unknown) =>
        show({
          message: `${toast.action?.label ?? 'Action'} failed: ${error instanceof Error ? error.message : String(error)}`,
          tone: 'error',
        }),
      );
  };

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={toast.tone === 'error' ? 'toast error' : 'toast'}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  dismiss(toast.id);
                  runAction(toast);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
