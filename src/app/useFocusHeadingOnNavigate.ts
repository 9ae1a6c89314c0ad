import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** How long a lazily loaded page may take to show its heading before we stop waiting. */
const WAIT_FOR_HEADING_MS = 5000;

/**
 * After moving to another page, focus goes to the new page's heading, as a screen reader user
 * expects after a full page load; left on the link, focus would sit in a menu the page no longer
 * announces. Not on the first load, not on a redirect (a replace: the user went nowhere), and
 * not when the user has already moved focus elsewhere (typing into search while a page loads).
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const how = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    if (first.current || how === 'REPLACE') {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const from = document.activeElement;
    const focus = () => {
      const heading = root.querySelector('h1');
      if (!heading) return false;
      const moved = document.activeElement !== from && document.activeElement !== document.body;
      if (!moved) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      return true;
    };
    if (focus()) return;
    // The page is lazy or still loading: focus its heading when it appears.
    const observer = new MutationObserver(() => {
      if (focus()) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_FOR_HEADING_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [pathname, how, main]);
}
