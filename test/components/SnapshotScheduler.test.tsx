// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceProvider } from '../../src/app/WorkspaceProvider';
import { RegistryDb } from '../../src/db/registryDb';
import { WorkspaceDb } from '../../src/db/schema';
import { snapshotsDb } from '../../src/db/snapshotsDb';
import { listSnapshots, takeSnapshot } from '../../src/db/snapshotsRepo';
import { getCurrentWorkspaceId } from '../../src/db/workspaceRegistry';
import { SnapshotScheduler } from '../../src/features/workspace/SnapshotScheduler';
import { ToastProvider } from '../../src/ui/ToastProvider';

const registries: RegistryDb[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(registries.splice(0).map((r) => r.delete()));
});

/**
 * Polls with the real setTimeout: Testing Library's waitFor polls with setInterval, which this
 * test fakes to drive the schedule.
 */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const until = performance.now() + 8000;
  for (;;) {
    const value = await read();
    if (ok(value) || performance.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('SnapshotScheduler', () => {
  it('snapshots the open workspace on opening, then hourly, and drops orphans', async () => {
    // Only the interval and the clock are faked: IndexedDB keeps its real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-31T12:00:00.000Z'));
    const registry = new RegistryDb(`registry-${crypto.randomUUID()}`);
    registries.push(registry);
    const gone = new WorkspaceDb(`tourbook-ws-gone-${crypto.randomUUID()}`);
    await takeSnapshot('deleted-workspace', gone, 'scheduled', '2026-03-30T12:00:00.000Z');
    await gone.delete();

    render(
      <ToastProvider>
        <WorkspaceProvider registry={registry}>
          <SnapshotScheduler />
        </WorkspaceProvider>
      </ToastProvider>,
    );
    const id = await eventually(
      () => getCurrentWorkspaceId(registry),
      (value) => value !== null,
    );
    if (!id) throw new Error('the demo workspace was not opened');
    const first = await eventually(
      () => listSnapshots(id),
      (list) => list.length > 0,
    );
    expect(first).toHaveLength(1);
    expect(first[0]?.reason).toBe('scheduled');
    expect(first[0]?.counts.accounts).toBeGreaterThan(50);
    expect(
      await eventually(
        () => listSnapshots('deleted-workspace'),
        (list) => list.length === 0,
      ),
    ).toHaveLength(0);

    // Half an hour on, the checks find the newest snapshot too recent.
    vi.advanceTimersByTime(30 * 60 * 1000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await listSnapshots(id)).toHaveLength(1);

    vi.advanceTimersByTime(31 * 60 * 1000);
    const later = await eventually(
      () => listSnapshots(id),
      (list) => list.length > 1,
    );
    expect(later).toHaveLength(2);
    expect(later[0]?.takenAt).toBe('2026-03-31T13:00:00.000Z');
    expect(await snapshotsDb().bodies.count()).toBe(2);
  }, 20_000);
});
