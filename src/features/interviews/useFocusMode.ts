import { useCallback, useEffect, useState } from 'react';

const keyOf = (interviewId: string) => `tourbook.focusMode.${interviewId}`;

/**
 * Focus mode of one interview's call screen: notes at full height, the guide and the timer,
 * no page chrome. Kept per interview in this browser (localStorage), so a reload mid-call comes
 * back to it; it is one person's view, not workspace data. Escape leaves it, unless something
 * on the page (a picker, a dialog) already took that Escape for itself.
 */
export function useFocusMode(interviewId: string): [boolean, () => void] {
  const [on, setOn] = useState(() => localStorage.getItem(keyOf(interviewId)) === 'on');

  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      if (next) localStorage.setItem(keyOf(interviewId), 'on');
      else localStorage.removeItem(keyOf(interviewId));
    },
    [interviewId],
  );

  useEffect(() => {
    if (!on) return;
    // The top bar lives in the app shell, outside the interview page.
    document.body.classList.add('focus-mode');
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // A dialog closes on Escape as the platform does it, without saying so: that Escape is its.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      set(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('focus-mode');
      window.removeEventListener('keydown', onKey);
    };
  }, [on, set]);

  return [on, useCallback(() => set(!on), [on, set])];
}
