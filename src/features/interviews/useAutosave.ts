import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface Autosave<T> {
  status: AutosaveStatus;
  /** The last write's failure; cleared by the next successful write. */
  error: string | null;
  /** Queues a value; it is written after `delayMs` without another schedule, or on flush. */
  schedule(value: T): void;
  /** Writes whatever is pending now; resolves once every write so far has resolved. */
  flush(): Promise<void>;
}

export interface AutosaveOptions<T> {
  delayMs?: number;
  /**
   * A write that is fully issued before it returns, for a page being hidden or closed, when
   * there may be no later turn of the event loop to run `save` in.
   */
  saveNow?(value: T): Promise<void>;
}

export const AUTOSAVE_DELAY_MS = 250;

type Outcome = { ok: true } | { ok: false; message: string };

const asPromise = (run: () => Promise<void>): Promise<void> => {
  try {
    return run();
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
};

/**
 * Debounced, serialised saving with an honest status: "saved" is only reported after the write
 * promise resolved and nothing newer is waiting or unconfirmed. When the page is hidden or closed
 * (visibilitychange, pagehide) the latest unconfirmed value is written at once with `saveNow`
 * and then through the normal queue; on unmount the queue is flushed.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<void>,
  options: AutosaveOptions<T> = {},
): Autosave<T> {
  const { delayMs = AUTOSAVE_DELAY_MS } = options;
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const saveRef = useRef(save);
  const saveNowRef = useRef(options.saveNow);
  const pending = useRef<{ value: T } | null>(null);
  /** The newest value handed to a write that has not resolved yet. */
  const unconfirmed = useRef<{ value: T; seq: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const writes = useRef(0);
  const mounted = useRef(true);

  useEffect(() => {
    saveRef.current = save;
    saveNowRef.current = options.saveNow;
  }, [save, options.saveNow]);

  const settle = useCallback((value: T, seq: number, outcome: Outcome) => {
    if (unconfirmed.current?.seq === seq) unconfirmed.current = null;
    if (!mounted.current) return;
    if (!outcome.ok) {
      // Kept so the next flush retries it, unless something newer replaced it.
      if (seq === writes.current) pending.current ??= { value };
      setError(outcome.message);
      setStatus('error');
      return;
    }
    if (seq === writes.current && pending.current === null) {
      setError(null);
      setStatus('saved');
    }
  }, []);

  const write = useCallback(
    (value: T, run: () => Promise<void>): Promise<void> => {
      const seq = ++writes.current;
      unconfirmed.current = { value, seq };
      return asPromise(run).then(
        () => settle(value, seq, { ok: true }),
        (e: unknown) =>
          settle(value, seq, { ok: false, message: e instanceof Error ? e.message : String(e) }),
      );
    },
    [settle],
  );

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const next = pending.current;
    if (!next) return inFlight.current ?? Promise.resolve();
    pending.current = null;
    const run = () => write(next.value, () => saveRef.current(next.value));
    // Started synchronously when nothing is in flight, so the write is issued in this turn.
    const started: Promise<void> = inFlight.current ? inFlight.current.then(run) : run();
    const tracked = started.finally(() => {
      if (inFlight.current === tracked) inFlight.current = null;
    });
    inFlight.current = tracked;
    return tracked;
  }, [write]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus('saving');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, delayMs);
    },
    [delayMs, flush],
  );

  const rescue = useCallback(() => {
    const latest = pending.current ?? unconfirmed.current;
    const saveNow = saveNowRef.current;
    if (latest && saveNow) void write(latest.value, () => saveNow(latest.value));
    // The regular write follows: it also re-anchors and notifies live queries, if there is time.
    void flush();
  }, [write, flush]);

  useEffect(() => {
    mounted.current = true;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') rescue();
    };
    window.addEventListener('pagehide', rescue);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', rescue);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
      mounted.current = false;
    };
  }, [rescue, flush]);

  return { status, error, schedule, flush };
}
