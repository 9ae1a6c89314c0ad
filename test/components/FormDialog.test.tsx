// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Field } from '../../src/ui/Field';
import { FormDialog } from '../../src/ui/FormDialog';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const schema = z.object({ name: z.string().trim().min(1, 'Name is required.') });
type Values = z.output<typeof schema>;

/** Mounts the dialog only while open, as the app's pages do. */
function Harness({ onSave }: { onSave(values: Values): Promise<void> }) {
  const [open, setOpen] = useState(true);
  if (!open) return <p>Closed</p>;
  return (
    <FormDialog
      title="Add thing"
      schema={schema}
      defaultValues={{ name: '' }}
      submitLabel="Save thing"
      onSubmit={onSave}
      onClose={() => setOpen(false)}
    >
      {({ register, formState: { errors } }) => (
        <Field label="Name" error={errors.name?.message}>
          <input {...register('name')} autoFocus />
        </Field>
      )}
    </FormDialog>
  );
}

describe('FormDialog', () => {
  it('shows the field’s problem and saves nothing when the schema refuses the input', async () => {
    const onSave = vi.fn(async () => {});
    render(<Harness onSave={onSave} />);
    expect(screen.getByRole('dialog', { name: 'Add thing' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save thing' }));
    expect(await screen.findByLabelText('Name')).toHaveAccessibleDescription('Name is required.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the thrown error, keeps the input, and clears the error on the next try', async () => {
    const onSave = vi
      .fn<(values: Values) => Promise<void>>()
      .mockRejectedValueOnce(new Error('The name is taken.'))
      .mockRejectedValueOnce(new Error('The disk is full.'))
      .mockResolvedValueOnce(undefined);
    render(<Harness onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Name'), '  Acme ');
    await userEvent.click(screen.getByRole('button', { name: 'Save thing' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The name is taken.');
    expect(onSave).toHaveBeenCalledWith({ name: 'Acme' });
    expect(screen.getByLabelText('Name')).toHaveValue('  Acme ');
    expect(screen.getByRole('dialog', { name: 'Add thing' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save thing' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The disk is full.'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Save thing' }));
    expect(await screen.findByText('Closed')).toBeInTheDocument();
  });

  it('turns a thrown non-Error into text', async () => {
    const onSave = vi.fn(() => Promise.reject('disk full'));
    render(<Harness onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Save thing' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('disk full');
  });

  it('turns submit off while the save is in flight, then closes on success', async () => {
    let finish: () => void = () => {};
    const onSave = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<Harness onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Acme');
    const submit = screen.getByRole('button', { name: 'Save thing' });
    await userEvent.click(submit);

    await waitFor(() => expect(submit).toBeDisabled());
    await userEvent.click(submit);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog', { name: 'Add thing' })).toBeInTheDocument();

    await act(async () => finish());
    expect(await screen.findByText('Closed')).toBeInTheDocument();
  });

  it('focuses the field marked autoFocus, and closes on Cancel and on Escape', async () => {
    const onSave = vi.fn(async () => {});
    const { unmount } = render(<Harness onSave={onSave} />);
    expect(screen.getByLabelText('Name')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Closed')).toBeInTheDocument();
    unmount();

    render(<Harness onSave={onSave} />);
    // The browser turns Escape on a modal <dialog> into a cancel event; jsdom does not.
    act(() => {
      screen
        .getByRole('dialog', { name: 'Add thing' })
        .dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(screen.getByText('Closed')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });
});
