import { createContext, useContext } from 'react';

export interface ToastAction {
  label: string;
  run(): void | Promise<void>;
}

export interface ToastInput {
  message: string;
  action?: ToastAction;
  tone?: 'info' | 'error';
}

export const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/** Shows a short message, optionally with one action such as Undo. */
export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>.');
  return show;
}
