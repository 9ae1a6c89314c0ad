// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceProvider } from '../../src/app/WorkspaceProvider';
import { WorkspaceSwitcher } from '../../src/app/WorkspaceSwitcher';
import { RegistryDb } from '../../src/db/registryDb';
import { ToastProvider } from '../../src/ui/ToastProvider';
import {
  createWorkspace,
  getCurrentWorkspaceId,
  setCurrentWorkspaceId,
} from '../../src/db/workspaceRegistry';

// The registry write behind a switch, held by a test when it needs a switch still under way.
vi.mock('../../src/db/workspaceRegistry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db/workspaceRegistry')>();
  return { ...actual, setCurrentWorkspaceId: vi.fn(actual.setCurrentWorkspaceId) };
});

const DEMO = 'Demo: Northwind listening tour';

let registry: RegistryDb;
beforeEach(() => {
  registry = new RegistryDb(`registry-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await registry.delete();
});

/**
 * Holds the next switch's registry write until `release` is called; `landed` resolves once that
 * write is done.
 */
function holdNextSwitch() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let landed: Promise<void> = Promise.resolve();
  const write = vi.mocked(setCurrentWorkspaceId);
  const original = write.getMockImplementation();
  write.mockImplementationOnce((...args) => {
    landed = held.then(() => original?.(...args));
    return landed;
  });
  return { release: () => release(), landed: () => landed };
}

async function renderSwitcher() {
  const router = createMemoryRouter([{ path: '*', element: <WorkspaceSwitcher /> }], {
    initialEntries: ['/accounts'],
  });
  render(
    <ToastProvider>
      <WorkspaceProvider registry={registry}>
        <RouterProvider router={router} />
      </WorkspaceProvider>
    </ToastProvider>,
  );
  const switcher = await screen.findByRole('combobox', { name: 'Workspace' }, { timeout: 8000 });
  await waitFor(() => expect(switcher).toHaveDisplayValue(DEMO));
  return switcher;
}

describe('the workspace switcher while a switch is under way', () => {
  it('shows where it is going before the switch has landed', async () => {
    const switcher = await renderSwitcher();
    const other = await createWorkspace(registry, 'Other tour');
    await screen.findByRole('option', { name: 'Other tour' });

    const { release } = holdNextSwitch();
    await userEvent.selectOptions(switcher, 'Other tour');
    expect(switcher).toHaveDisplayValue('Other tour');

    release();
    await waitFor(async () => expect(await getCurrentWorkspaceId(registry)).toBe(other.id));
    expect(switcher).toHaveDisplayValue('Other tour');
  }, 20_000);

  it('opens the workspace picked last, though an earlier pick lands after it', async () => {
    const switcher = await renderSwitcher();
    const demo = await getCurrentWorkspaceId(registry);
    await createWorkspace(registry, 'Other tour');
    await screen.findByRole('option', { name: 'Other tour' });

    const first = holdNextSwitch();
    await userEvent.selectOptions(switcher, 'Other tour');
    // Changed their mind while the first switch is still being written.
    await userEvent.selectOptions(switcher, DEMO);
    await waitFor(async () => expect(await getCurrentWorkspaceId(registry)).toBe(demo));
    expect(switcher).toHaveDisplayValue(DEMO);

    // act() lets every update the late write causes render before the check.
    await act(async () => {
      first.release();
      await first.landed();
    });
    expect(switcher).toHaveDisplayValue(DEMO);
  }, 20_000);
});
