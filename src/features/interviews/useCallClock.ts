import { useEffect, useState } from 'react';

/** Milliseconds since the call started, ticking once a second while it runs. */
export function useCallClock(startedAt: string | null, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [running]);
  return startedAt ? Math.max(0, now - Date.parse(startedAt)) : 0;
}

/** Read at the moment of a keystroke, so a stamp is never a tick behind. */
export function elapsedSince(startedAt: string | null): number {
  return startedAt ? Math.max(0, Date.now() - Date.parse(startedAt)) : 0;
}
