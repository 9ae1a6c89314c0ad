import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastInput } from './toastContext';
import { ToastItem } from './ToastItem';

interface ShownToast extends ToastInput {
  id: number;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((t) => t.id !== id));
  }, []);

  const show = useCallback((toast: ToastInput) => {
    const id = next.current++;
    setToasts((all) => [...all.slice(-2), { ...toast, id }]);
  }, []);

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
          <ToastItem
            key={toast.id}
            id={toast.id}
            toast={toast}
            onAction={() => {
              dismiss(toast.id);
              runAction(toast);
            }}
            dismiss={dismiss}
          />
        ))}
      </div>
    </ToastContext.Provider>
  );
}
