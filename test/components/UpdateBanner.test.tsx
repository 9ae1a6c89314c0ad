// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from '../../src/app/UpdateBanner';

/**
 * vite-plugin-pwa makes this module at build time and vitest runs without the plugin, so the
 * hook is replaced by one whose state the test sets, as a waiting service worker would.
 */
const pwa = vi.hoisted(() => ({
  needRefresh: false,
  offlineReady: false,
  updateServiceWorker: vi.fn<(reload?: boolean) => Promise<void>>(),
  options: [] as unknown[],
}));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: unknown) => {
    pwa.options.push(options);
    return {
      needRefresh: useState(pwa.needRefresh),
      offlineReady: useState(pwa.offlineReady),
      updateServiceWorker: pwa.updateServiceWorker,
    };
  },
}));

afterEach(() => {
  pwa.needRefresh = false;
  pwa.offlineReady = false;
  pwa.updateServiceWorker.mockReset();
  pwa.options.length = 0;
});

describe('UpdateBanner', () => {
  it('shows nothing while there is no new version and offline support is not new', () => {
    const { container } = render(<UpdateBanner />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers a new version and reloads only when the user asks', async () => {
    pwa.needRefresh = true;
    pwa.offlineReady = true;
    pwa.updateServiceWorker.mockResolvedValue(undefined);
    render(<UpdateBanner />);
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('New version available.');
    // The update waits: nothing reloads under the user's typing.
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(pwa.updateServiceWorker).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('puts the new version off with Later, then says offline support is ready', async () => {
    pwa.needRefresh = true;
    pwa.offlineReady = true;
    render(<UpdateBanner />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('New version available.')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Tourbook now works offline on this device.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('logs a service worker that fails to register instead of failing silently', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<UpdateBanner />);
    const options = pwa.options[0] as { onRegisterError(error: unknown): void };
    const error = new Error('SecurityError');
    options.onRegisterError(error);
    expect(log).toHaveBeenCalledWith('Offline support could not start', error);
  });
});
