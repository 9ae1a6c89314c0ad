// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
