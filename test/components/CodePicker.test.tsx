// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Code, CodeKind } from '../../src/domain/schemas/code';
import { CodePicker } from '../../src/features/interviews/CodePicker';

const AT = '2026-01-01T00:00:00.000Z';
const code = (id: string, name: string, kind: CodeKind): Code => ({
  id,
  createdAt: AT,
  updatedAt: AT,
  name,
  kind,
  description: null,
  colour: '#336699',
  parentId: null,
  pinned: false,
});
const CODES = [
  code('a', 'Failed audit', 'buying_trigger'),
  code('b', 'Slow onboarding', 'failure_process'),
  code('c', 'Security review stalled', 'failure_process'),
];

describe('CodePicker', () => {
  it('filters by name and assigns the highlighted code with the arrow keys and Enter', async () => {
    const onPick = vi.fn();
    render(<CodePicker codes={CODES} assignedIds={[]} onPick={onPick} onCreate={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: 'Find or create a code' });
    await userEvent.type(input, 's');
    const options = within(screen.getByRole('listbox', { name: 'Codes' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Slow onboardingFailure reason: process',
      'Security review stalledFailure reason: process',
      'Create code “s”',
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(CODES[2]);
    expect(input).toHaveValue('');
  });

  it('leaves out codes already on the quote', async () => {
    render(<CodePicker codes={CODES} assignedIds={['a']} onPick={vi.fn()} onCreate={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Find or create a code'), 'Failed audit');
    expect(
      within(screen.getByRole('listbox', { name: 'Codes' })).queryAllByRole('option'),
    ).toHaveLength(0);
    expect(screen.getByText('That code is already on this quote.')).toBeVisible();
  });

  it('creates a new code of the chosen kind inline, then assigns it', async () => {
    const created = code('n', 'Numbers nobody trusts', 'pain_point');
    const onCreate = vi.fn(async () => created);
    const onPick = vi.fn();
    render(<CodePicker codes={CODES} assignedIds={[]} onPick={onPick} onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Find or create a code'), 'Numbers nobody trusts');
    await userEvent.selectOptions(screen.getByLabelText('Kind of the new code'), 'outcome');
    await userEvent.click(
      screen.getByRole('option', { name: 'Create code “Numbers nobody trusts”' }),
    );
    expect(onCreate).toHaveBeenCalledWith('Numbers nobody trusts', 'outcome');
    expect(onPick).toHaveBeenCalledWith(created);
  });

  it('shows why creating failed and keeps what was typed', async () => {
    const onCreate = vi.fn(async () => {
      throw new Error('A code named “X” already exists.');
    });
    render(<CodePicker codes={[]} assignedIds={[]} onPick={vi.fn()} onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Find or create a code'), 'X{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('A code named “X” already exists.');
    expect(screen.getByLabelText('Find or create a code')).toHaveValue('X');
  });

  it('clears the query on the first Escape and closes on the second', async () => {
    const onClose = vi.fn();
    render(
      <CodePicker
        codes={CODES}
        assignedIds={[]}
        onPick={vi.fn()}
        onCreate={vi.fn()}
        onClose={onClose}
      />,
    );
    await userEvent.type(screen.getByLabelText('Find or create a code'), 'slow{Escape}');
    expect(screen.getByLabelText('Find or create a code')).toHaveValue('');
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
