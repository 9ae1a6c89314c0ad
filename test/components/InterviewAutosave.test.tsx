// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
  it('writes at once, and says Saved only after the write resolved', async () => {
    const write = deferred();
    const save = vi.fn(() => write.promise);
    const { result } = renderHook(() => useAutosave<string>(save));
    expect(result.current.status).toBe('idle');

    act(() => result.current.schedule('a'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('a');
    expect(result.current.status).toBe('saving');

    await act(async () => write.resolve());
    expect(result.current.status).toBe('saved');
  });

  it('coalesces keystrokes typed while a write is in flight into the next write', async () => {
    const first = deferred();
    const second = deferred();
    const save = vi.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { result } = renderHook(() => useAutosave<string>(save));
    act(() => result.current.schedule('o'));
    act(() => result.current.schedule('on'));
    act(() => result.current.schedule('one'));
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => first.resolve());
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('one');
    expect(result.current.status).toBe('saving');
    await act(async () => second.resolve());
    expect(save).toHaveBeenCalledTimes(2);
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
    await act(async () => result.current.schedule('precious'));
    expect(result.current.status).toBe('error');
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.error).toBe('QuotaExceededError');
    await act(async () => {
      await result.current.flush();
    });
    expect(save).toHaveBeenLastCalledWith('precious');
    expect(result.current.status).toBe('saved');
    expect(result.current.error).toBeNull();
  });
});
