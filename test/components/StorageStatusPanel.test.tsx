// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceProvider } from '../../src/app/WorkspaceProvider';
import { RegistryDb } from '../../src/db/registryDb';
import { getPersistenceAnswer } from '../../src/db/workspaceRegistry';
import { StorageStatusPanel } from '../../src/features/workspace/StorageStatusPanel';

/** A stand-in for navigator.storage: jsdom has none, and a real browser's answer varies. */
function stubStorage({ grantOnAsk }: { grantOnAsk: (call: number) => boolean }) {
  let granted = false;
  const storage = {
    persisted: vi.fn(() => Promise.resolve(granted)),
    persist: vi.fn(() => {
      granted = grantOnAsk(storage.persist.mock.calls.length);
      return Promise.resolve(granted);
    }),
    estimate: vi.fn(() => Promise.resolve({ usage: 2 * 1024 * 1024, quota: 1024 ** 3 })),
  };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  return storage;
}

let registry: RegistryDb;
beforeEach(() => {
  registry = new RegistryDb(`registry-${crypto.randomUUID()}`);
});
afterEach(async () => {
  // Remove the own property so jsdom's navigator is back to having no storage.
  Reflect.deleteProperty(navigator, 'storage');
  await registry.delete();
});

function renderPanel() {
  return render(
    <WorkspaceProvider registry={registry}>
      <StorageStatusPanel />
    </WorkspaceProvider>,
  );
}

const FIRST_RUN_DECLINED =
  /^Tourbook asked when it first opened, and the browser declined for now\./;

describe('StorageStatusPanel', () => {
  it('asks once by itself on the first run and shows the browser declined', async () => {
    const storage = stubStorage({ grantOnAsk: () => false });
    const first = renderPanel();
    expect(await screen.findByText(FIRST_RUN_DECLINED, undefined, { timeout: 8000 })).toBeVisible();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('persistence')).toHaveTextContent('Persistent storage: not granted.');
    expect(screen.getByTestId('estimate')).toHaveTextContent(/^Using 2(\.0)? MB of about/);
    expect(await getPersistenceAnswer(registry)).toBe('declined');
    first.unmount();

    // A later visit remembers it asked: no second request, the answer still shown.
    renderPanel();
    expect(await screen.findByText(FIRST_RUN_DECLINED)).toBeVisible();
    expect(storage.persist).toHaveBeenCalledTimes(1);

    // The button asks again, and says what the browser answered this time.
    await userEvent.click(screen.getByRole('button', { name: 'Ask to keep data on this device' }));
    expect(
      await screen.findByText(
        'The browser declined for now. Browsers grant this to sites you use often or install.',
      ),
    ).toBeVisible();
    expect(storage.persist).toHaveBeenCalledTimes(2);
  }, 20_000);

  it('shows a grant from the button and remembers it', async () => {
    // Declined on the first run, granted when the user asks.
    const storage = stubStorage({ grantOnAsk: (call) => call > 1 });
    renderPanel();
    await screen.findByText(FIRST_RUN_DECLINED, undefined, { timeout: 8000 });
    await userEvent.click(screen.getByRole('button', { name: 'Ask to keep data on this device' }));
    await waitFor(() =>
      expect(screen.getByTestId('persistence')).toHaveTextContent(
        'Persistent storage: granted. The browser will not clear Tourbook data to free space.',
      ),
    );
    expect(screen.queryByRole('button', { name: 'Ask to keep data on this device' })).toBeNull();
    expect(screen.queryByText(/declined/)).toBeNull();
    expect(storage.persist).toHaveBeenCalledTimes(2);
    await waitFor(async () => expect(await getPersistenceAnswer(registry)).toBe('granted'));
  }, 20_000);

  it('says so when the browser cannot be asked', async () => {
    const storage = stubStorage({ grantOnAsk: () => false });
    renderPanel();
    await screen.findByText(FIRST_RUN_DECLINED, undefined, { timeout: 8000 });
    storage.persist.mockRejectedValueOnce(new Error('The request was blocked.'));
    await userEvent.click(screen.getByRole('button', { name: 'Ask to keep data on this device' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not ask the browser to keep data: The request was blocked.',
    );
  }, 20_000);
});
