// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TraitDetails } from '../../src/db/icpRepo';
import { TraitDialog } from '../../src/features/icp/TraitDialog';
import { code } from '../unit/synthesis/builders';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const pain = code('pain', 'pain_point', 'Manual reporting eats hours');

describe('TraitDialog', () => {
  it('refuses the soft middle beside the weight, then saves a has_code trait linked to its code', async () => {
    const onSave = vi.fn(async (_details: TraitDetails) => {});
    render(
      <TraitDialog
        trait={null}
        fromCode={pain}
        codes={[pain]}
        onSave={onSave}
        onClose={() => {}}
      />,
    );
    expect(screen.getByLabelText('Name')).toHaveValue('Manual reporting eats hours');
    const weight = screen.getByLabelText('Weight');
    await userEvent.clear(weight);
    await userEvent.type(weight, '4');
    await waitFor(() => expect(weight).toHaveAccessibleDescription(/Avoid the soft middle/));
    await userEvent.click(screen.getByRole('button', { name: 'Create trait' }));
    expect(onSave).not.toHaveBeenCalled();

    await userEvent.clear(weight);
    await userEvent.type(weight, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Create trait' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      weight: 5,
      rule: { op: 'has_code', codeId: 'pain' },
      codeIds: ['pain'],
    });
  });

  it('builds a range rule and says which bound is missing', async () => {
    const onSave = vi.fn(async (_details: TraitDetails) => {});
    render(
      <TraitDialog trait={null} fromCode={null} codes={[]} onSave={onSave} onClose={() => {}} />,
    );
    await userEvent.type(screen.getByLabelText('Name'), '4+ integrations');
    await userEvent.selectOptions(screen.getByLabelText('Match by'), 'range');
    await userEvent.selectOptions(screen.getByLabelText('Field'), 'integrations');
    await userEvent.click(screen.getByRole('button', { name: 'Create trait' }));
    expect(await screen.findByText('Give a minimum, a maximum or both.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Minimum'), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Create trait' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0].rule).toEqual({
      op: 'range',
      field: 'integrations',
      min: 4,
      max: null,
    });
  });
});
