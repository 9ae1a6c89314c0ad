import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface Autosave<T> {
  status: AutosaveStatus;
  /** The last write's failure; cleared by the next successful write. */
  error: string | null;
  /** Writes a value now, or right after the write in flight (values queued meanwhile coalesce). */
  schedule(value: T): void;
  /** Writes whatever is pending now; resolves once every write so far has settled. */
  flush(): Promise<void>;
}

export interface AutosaveOptions<T> {
  /**
   * A write that is fully issued before it returns, for a page being hidden or closed, when
   * there may be no later turn of the event loop to run `save` in.
   */
  saveNow?(value: T): Promise<unknown>;
}

type Outcome = { ok: true } | { ok: false; message: string };

const asPromise = (run: () => Promise<unknown>): Promise<unknown> => {
  try {
    return run();
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
};

/**
 * Write-through saving with an honest status. There is no debounce window: a value is written as
 * soon as it comes, and values that come while a write is in flight coalesce into the next one,
 * so the newest text is at most one write away from the disk. "Saved" is only reported after the
 * write resolved and nothing newer is waiting. When the page is hidden or closed
 * (visibilitychange, pagehide) the latest unconfirmed value is written at once with `saveNow`.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<unknown>,
  options: AutosaveOptions<T> = {},
): Autosave<T> {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const saveRef = useRef(save);
  const saveNowRef = useRef(options.saveNow);
  const pending = useRef<{ value: T } | null>(null);
  /** The newest value handed to a write that has not resolved yet. */
  const unconfirmed = useRef<{ value: T; seq: number } | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  /** A failed write stops the queue until the next schedule or flush, instead of looping. */
  const failed = useRef(false);
  const writes = useRef(0);
  const mounted = useRef(true);

  useEffect(() => {
    saveRef.current = save;
    saveNowRef.current = options.saveNow;
  }, [save, options.saveNow]);

  const settle = useCallback((value: T, seq: number, outcome: Outcome) => {
    if (unconfirmed.current?.seq === seq) unconfirmed.current = null;
    failed.current = !outcome.ok;
    if (!outcome.ok) {
      // Kept so the next flush retries it, unless something newer replaced it.
      if (seq === writes.current) pending.current ??= { value };
      if (!mounted.current) return;
      setError(outcome.message);
      setStatus('error');
      return;
    }
    if (mounted.current && seq === writes.current && pending.current === null) {
      setError(null);
      setStatus('saved');
    }
  }, []);

  const write = useCallback(
    (value: T, run: () => Promise<unknown>): Promise<void> => {
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

  /**
   * Writes pending values one after another until none is left; the first write is issued
   * synchronously (an async function runs up to its first await), so it starts in this turn.
   */
  const pump = useCallback((): void => {
    if (inFlight.current || !pending.current) return;
    const drain = async () => {
      while (pending.current && !failed.current) {
        const next = pending.current;
        pending.current = null;
        await write(next.value, () => saveRef.current(next.value));
      }
      inFlight.current = null;
    };
    inFlight.current = drain();
  }, [write]);

  const flush = useCallback(async (): Promise<void> => {
    failed.current = false;
    pump();
    while (inFlight.current) {
      await inFlight.current;
      if (failed.current) return;
      pump();
    }
  }, [pump]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      failed.current = false;
      setStatus('saving');
      pump();
    },
    [pump],
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
