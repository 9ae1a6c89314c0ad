// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateWorkspaceForm } from '../../src/features/workspace/CreateWorkspaceForm';

describe('CreateWorkspaceForm', () => {
  it('shows why a blank name is refused, beside the field, and creates nothing', async () => {
    const onCreate = vi.fn(async () => {});
    render(<CreateWorkspaceForm onCreate={onCreate} />);
    await userEvent.click(screen.getByRole('button', { name: 'Create workspace' }));
    expect(onCreate).not.toHaveBeenCalled();
    const input = screen.getByLabelText('Workspace name');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Workspace name is required.');
  });

  it('creates with the trimmed name on Enter and clears the field', async () => {
    const onCreate = vi.fn(async () => {});
    render(<CreateWorkspaceForm onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Workspace name'), '  Q1 tour {Enter}');
    expect(onCreate).toHaveBeenCalledWith('Q1 tour');
    expect(screen.getByLabelText('Workspace name')).toHaveValue('');
  });

  it('shows the storage error when creating fails, keeping what was typed', async () => {
    const onCreate = vi.fn(async () => {
      throw new Error('The disk is full.');
    });
    render(<CreateWorkspaceForm onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Workspace name'), 'Tour{Enter}');
    expect(await screen.findByText('The disk is full.')).toBeVisible();
    expect(screen.getByLabelText('Workspace name')).toHaveValue('Tour');
  });
});
