// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from '../../src/features/interviews/useAutosave';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces, and says Saved only after the write resolved', async () => {
    const write = deferred();
    const save = vi.fn(() => write.promise);
    const { result } = renderHook(() => useAutosave<string>(save));
    expect(result.current.status).toBe('idle');

    act(() => result.current.schedule('a'));
    act(() => result.current.schedule('ab'));
    expect(result.current.status).toBe('saving');
    act(() => vi.advanceTimersByTime(249));
    expect(save).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('ab');
    expect(result.current.status).toBe('saving');

    await act(async () => write.resolve());
    expect(result.current.status).toBe('saved');
  });

  it('keeps saying Saving while a newer edit waits behind a finished write', async () => {
    const first = deferred();
    const save = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave<string>(save));
    act(() => result.current.schedule('one'));
    act(() => vi.advanceTimersByTime(250));
    act(() => result.current.schedule('one two'));
    await act(async () => first.resolve());
    expect(result.current.status).toBe('saving');
    await act(async () => {
      vi.advanceTimersByTime(250);
    });
    expect(save).toHaveBeenLastCalledWith('one two');
    expect(result.current.status).toBe('saved');
  });

  it('writes pending text at once when the page is hidden or closed', async () => {
    const save = vi.fn(() => Promise.resolve());
    const saveNow = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useAutosave<string>(save, { saveNow }));
    act(() => result.current.schedule('typed'));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(saveNow).toHaveBeenCalledWith('typed');
    expect(save).toHaveBeenCalledWith('typed');
    expect(result.current.status).toBe('saved');

    act(() => result.current.schedule('typed more'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(saveNow).toHaveBeenLastCalledWith('typed more');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('flushes pending text on unmount', () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, unmount } = renderHook(() => useAutosave<string>(save));
    act(() => result.current.schedule('last words'));
    unmount();
    expect(save).toHaveBeenCalledWith('last words');
  });

  it('reports a failed write and retries the same text on the next flush', async () => {
    const save = vi
      .fn()
      .mockRejectedValueOnce(new Error('QuotaExceededError'))
      .mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave<string>(save));
    act(() => result.current.schedule('precious'));
    await act(async () => {
      vi.advanceTimersByTime(250);
    });
    expect(result.current.status).toBe('error');
    expect(result.current.error).toBe('QuotaExceededError');
    await act(async () => {
      await result.current.flush();
    });
    expect(save).toHaveBeenLastCalledWith('precious');
    expect(result.current.status).toBe('saved');
    expect(result.current.error).toBeNull();
  });
});
