// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceContext, type WorkspaceContextValue } from '../../src/app/workspaceContext';
import type { RegistryDb } from '../../src/db/registryDb';
import type { WorkspaceDb } from '../../src/db/schema';
import { STORAGE_FULL_MESSAGE } from '../../src/db/storageErrors';
import { SnapshotScheduler } from '../../src/features/workspace/SnapshotScheduler';
import { ToastProvider } from '../../src/ui/ToastProvider';

const repo = vi.hoisted(() => ({
  takeScheduledSnapshotIfDue: vi.fn<() => Promise<null>>(),
  pruneOrphanSnapshots: vi.fn<() => Promise<number>>(),
}));
vi.mock('../../src/db/snapshotsRepo', () => repo);

const FIVE_MINUTES = 5 * 60 * 1000;
const workspace = {
  id: 'ws-1',
  name: 'Spring tour',
  dbName: 'tourbook-ws-ws-1',
  isDemo: false,
  createdAt: '2026-03-31T12:00:00.000Z',
  updatedAt: '2026-03-31T12:00:00.000Z',
};

function renderScheduler() {
  const value = {
    registry: {} as RegistryDb,
    workspaces: [workspace],
    current: workspace,
    db: {} as WorkspaceDb,
  } as unknown as WorkspaceContextValue;
  render(
    <ToastProvider>
      <WorkspaceContext.Provider value={value}>
        <SnapshotScheduler />
      </WorkspaceContext.Provider>
    </ToastProvider>,
  );
}

const fullDisk = () => Promise.reject(new Error(STORAGE_FULL_MESSAGE));
const failureToasts = () =>
  screen.queryAllByText(/^The automatic snapshot of “Spring tour” failed/);

/** Runs the next scheduled check and lets its promise settle. */
async function nextCheck() {
  await act(async () => {
    vi.advanceTimersByTime(FIVE_MINUTES);
    await Promise.resolve();
  });
}

afterEach(() => {
  vi.useRealTimers();
  repo.takeScheduledSnapshotIfDue.mockReset();
  repo.pruneOrphanSnapshots.mockReset();
});

describe('SnapshotScheduler failures', () => {
  it('says once per failing streak that snapshots fail, and again after one worked', async () => {
    // Only the schedule's interval is faked; toasts keep their real dismiss timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    repo.pruneOrphanSnapshots.mockResolvedValue(0);
    repo.takeScheduledSnapshotIfDue
      .mockImplementationOnce(fullDisk)
      .mockImplementationOnce(fullDisk)
      .mockImplementationOnce(fullDisk)
      .mockResolvedValueOnce(null)
      .mockImplementationOnce(fullDisk);

    renderScheduler();
    expect(
      await screen.findByText(/^The automatic snapshot of “Spring tour” failed/),
    ).toHaveTextContent(
      `failed: ${STORAGE_FULL_MESSAGE} Tourbook keeps trying while it is open; download a backup from the Workspace page to be safe.`,
    );
    expect(failureToasts()[0]?.closest('.toast')).toHaveClass('error');

    await nextCheck();
    await nextCheck();
    expect(repo.takeScheduledSnapshotIfDue).toHaveBeenCalledTimes(3);
    expect(failureToasts()).toHaveLength(1);

    await nextCheck(); // works: the streak is over
    await nextCheck(); // fails again: a new streak, said once more
    expect(repo.takeScheduledSnapshotIfDue).toHaveBeenCalledTimes(5);
    expect(failureToasts()).toHaveLength(2);
  });

  it('says when the snapshots of a deleted workspace could not be removed', async () => {
    repo.takeScheduledSnapshotIfDue.mockResolvedValue(null);
    repo.pruneOrphanSnapshots.mockRejectedValue(new Error(STORAGE_FULL_MESSAGE));
    renderScheduler();
    expect(
      await screen.findByText(/^Snapshots of a deleted workspace could not be removed yet/),
    ).toHaveTextContent('Tourbook tries again the next time it opens.');
    expect(failureToasts()).toHaveLength(0);
  });
});
