// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TraitDetails } from '../../src/db/icpRepo';
import { traitDraftFromCode, type TraitDraft } from '../../src/domain/icp/traitDraftFromLift';
import { TraitDialog } from '../../src/features/icp/TraitDialog';
import { code } from '../unit/synthesis/builders';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('TraitDialog with a draft from Synthesis', () => {
  it('opens prefilled from a lift draft and saves its rule', async () => {
    const draft: TraitDraft = {
      name: 'Industry: Manufacturing',
      description: 'From trait lift: 3/6 power users (50%) vs 1/6 churners and lost deals (17%).',
      component: 'firmographic',
      kind: 'nice_to_have',
      weight: 3,
      rule: { op: 'equals', field: 'industry', value: 'Manufacturing' },
      codeIds: [],
      highlightIds: [],
    };
    const onSave = vi.fn(async (_details: TraitDetails) => {});
    render(
      <TraitDialog
        trait={null}
        fromCode={null}
        draft={draft}
        codes={[]}
        onSave={onSave}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'New trait' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Industry: Manufacturing');
    expect(screen.getByLabelText('Match by')).toHaveValue('equals');
    expect(screen.getByLabelText('Field')).toHaveValue('industry');
    expect(screen.getByLabelText('Value')).toHaveValue('Manufacturing');
    expect(screen.getByLabelText('Weight')).toHaveValue(3);
    await userEvent.click(screen.getByRole('button', { name: 'Create trait' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual(draft);
  });

  it('links the code and its quotes from a code draft', async () => {
    const pain = code('pain', 'pain_point', 'Manual reporting eats hours');
    const draft = traitDraftFromCode(pain, [
      { id: 'q1', codeIds: ['pain'] },
      { id: 'q2', codeIds: ['pain'] },
    ]);
    const onSave = vi.fn(async (_details: TraitDetails) => {});
    render(
      <TraitDialog
        trait={null}
        fromCode={null}
        draft={draft}
        codes={[pain]}
        onSave={onSave}
        onClose={() => {}}
      />,
    );
    expect(screen.getByLabelText('Match by')).toHaveValue('has_code');
    expect(screen.getByLabelText('Code')).toHaveValue('pain');
    await userEvent.click(screen.getByRole('button', { name: 'Create trait' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      rule: { op: 'has_code', codeId: 'pain' },
      codeIds: ['pain'],
      highlightIds: ['q1', 'q2'],
    });
  });
});
