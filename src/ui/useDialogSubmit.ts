import { useCallback, useState } from 'react';

/**
 * A dialog's submit: `submit(action)` runs the action and closes the dialog once it resolved;
 * when it rejects, the dialog stays open with the user's input as it was and `error` says why.
 * `busy` is true while it runs, to turn the confirm button off.
 */
export function useDialogSubmit(onClose: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = useCallback(
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
        onClose();
      } catch (e) {
        setError((e as Error).message);
        setBusy(false);
      }
    },
    [onClose],
  );
  return { busy, error, setError, submit };
}
