// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../src/ui/ToastProvider';
import { useToast } from '../../src/ui/toastContext';

function DeleteButton({ undo }: { undo(): Promise<void> }) {
  const toast = useToast();
  return (
    <button
      type="button"
      onClick={() => toast({ message: 'Deleted “Acme”', action: { label: 'Undo', run: undo } })}
    >
      Delete
    </button>
  );
}

describe('ToastProvider', () => {
  it('runs the action and takes the toast away', async () => {
    let undone = 0;
    render(
      <ToastProvider>
        <DeleteButton undo={async () => void (undone += 1)} />
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Acme”');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undone).toBe(1);
    expect(screen.getByRole('status')).not.toHaveTextContent('Deleted “Acme”');
  });

  it('says so when the Undo itself fails, instead of pretending it worked', async () => {
    render(
      <ToastProvider>
        <DeleteButton undo={() => Promise.reject(new Error('The disk is full.'))} />
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undo failed: The disk is full.')).toBeVisible();
  });

  describe('timing', () => {
    afterEach(() => vi.useRealTimers());

    it('goes away on its own after a while', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      render(
        <ToastProvider>
          <DeleteButton undo={async () => undefined} />
        </ToastProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      act(() => void vi.advanceTimersByTime(9000));
      expect(screen.getByRole('status')).not.toHaveTextContent('Deleted “Acme”');
    });

    it('stays while the keyboard focus is on its Undo, and goes once focus leaves', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      render(
        <ToastProvider>
          <DeleteButton undo={async () => undefined} />
        </ToastProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      act(() => screen.getByRole('button', { name: 'Undo' }).focus());
      act(() => void vi.advanceTimersByTime(30_000));
      expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
      act(() => screen.getByRole('button', { name: 'Delete' }).focus());
      act(() => void vi.advanceTimersByTime(9000));
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    });
  });
});
