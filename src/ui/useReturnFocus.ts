import { useEffect, useRef } from 'react';

/**
 * The ref for the button that opens a dialog mounted only while `open`. The dialog unmounts
 * rather than closes, so the browser does not hand focus back itself; it can only be moved once
 * the modal is gone and the page is no longer inert.
 */
export function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return opener;
}
