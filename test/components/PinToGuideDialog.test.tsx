// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultCodebook } from '../../src/domain/defaultCodebook';
import type { Guide } from '../../src/domain/schemas/guide';
import { PinToGuideDialog } from '../../src/features/codebook/PinToGuideDialog';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const AT = '2026-01-01T00:00:00.000Z';
const codes = defaultCodebook(AT);
const guide = (id: string, name: string, pins: number): Guide => ({
  id,
  createdAt: AT,
  updatedAt: AT,
  name,
  cohort: null,
  questionIds: [],
  pinnedCodeIds: codes.slice(0, pins).map((c) => c.id),
});
const code = codes[20] ?? codes[0];
if (!code) throw new Error('The starter codebook has codes.');

describe('Pin to guide', () => {
  it('refuses a tenth pin with the reason before anything is sent', async () => {
    const onPin = vi.fn(() => Promise.resolve());
    render(
      <PinToGuideDialog
        code={code}
        codes={codes}
        guides={[guide('full', 'Full guide', 9), guide('room', 'Roomy guide', 2)]}
        onPin={onPin}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“Full guide”: This guide already pins 9 codes, one for each of Alt+1…9. Unpin one first.',
    );
    expect(screen.getByRole('button', { name: 'Pin' })).toBeDisabled();

    await userEvent.selectOptions(screen.getByLabelText('Guide'), 'Roomy guide');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Key')).toHaveDisplayValue('Alt+3 (free)');
    await userEvent.click(screen.getByRole('button', { name: 'Pin' }));
    expect(onPin).toHaveBeenCalledWith('room', 2);
  });
});
