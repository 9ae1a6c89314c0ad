// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceContext } from '../../src/app/workspaceContext';
import { getLastBackupAt } from '../../src/db/backupRepo';
import { RegistryDb } from '../../src/db/registryDb';
import { CURRENT_SCHEMA_VERSION, WorkspaceDb } from '../../src/db/schema';
import { parseBackup } from '../../src/domain/backupFormat';
import type { Workspace } from '../../src/domain/schemas/workspace';
import { BackupPanel } from '../../src/features/workspace/BackupPanel';
import { downloadText } from '../../src/ui/download';
import { ToastProvider } from '../../src/ui/ToastProvider';
import { interviewRecord, RECORD_AT } from '../fixtures/records';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));

const cleanup: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((db) => db.delete()));
});

function renderPanel(db: WorkspaceDb) {
  const registry = new RegistryDb(`registry-${crypto.randomUUID()}`);
  cleanup.push(registry);
  const workspace: Workspace = {
    id: 'ws-1',
    createdAt: RECORD_AT,
    updatedAt: RECORD_AT,
    name: 'Listening tour',
    dbName: db.name,
    isDemo: false,
  };
  render(
    <ToastProvider>
      <WorkspaceContext.Provider
        value={{
          registry,
          workspaces: [workspace],
          current: workspace,
          db,
          switching: null,
          switchTo: vi.fn(),
          create: vi.fn(),
          rename: vi.fn(),
          remove: vi.fn(),
          createDemo: vi.fn(),
        }}
      >
        <MemoryRouter>
          <BackupPanel />
        </MemoryRouter>
      </WorkspaceContext.Provider>
    </ToastProvider>,
  );
  return registry;
}

describe('Download backup', () => {
  it(
    'names the record a restore would refuse, and offers no file until it is fixed',
    { timeout: 20_000 },
    async () => {
      const db = new WorkspaceDb(`tourbook-ws-panel-${crypto.randomUUID()}`);
      cleanup.push(db);
      // Written around the repository's checks, as a bug or an older build could have.
      await db.interviews.put(
        interviewRecord({
          id: 'int-twice',
          accountId: 'acc-1',
          speakerMap: [
            { key: 'constructor', value: 'interviewer' },
            { key: 'constructor', value: 'c-1' },
          ],
        }),
      );
      const registry = renderPanel(db);
      const download = screen.getByRole('button', { name: 'Download backup' });

      await userEvent.click(download);
      // The exporter loads on the first click, which a busy machine may take seconds over.
      expect(await screen.findByRole('alert', undefined, { timeout: 8000 })).toHaveTextContent(
        'Could not create the backup: it would not restore, so no file was made. Table interviews, row 1 (id int-twice), field speakerMap[“constructor”].key: Speaker map: “constructor” appears more than once.',
      );
      expect(downloadText).not.toHaveBeenCalled();
      expect(await getLastBackupAt(registry, 'ws-1')).toBeNull();

      await db.interviews.update('int-twice', {
        speakerMap: [{ key: 'constructor', value: 'interviewer' }],
      });
      await userEvent.click(download);
      expect(
        await screen.findByText(/^Downloaded tourbook-listening-tour-/, undefined, {
          timeout: 8000,
        }),
      ).toBeVisible();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(downloadText).toHaveBeenCalledTimes(1);
      const [text] = vi.mocked(downloadText).mock.calls[0] ?? [''];
      const readBack = parseBackup(text, { currentVersion: CURRENT_SCHEMA_VERSION });
      expect(readBack.ok && readBack.data.interviews[0]?.speakerMap).toEqual([
        { key: 'constructor', value: 'interviewer' },
      ]);
    },
  );
});
