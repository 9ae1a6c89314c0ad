import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspace } from '../../app/useWorkspace';
import type { Workspace } from '../../domain/schemas/workspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { BackupPanel } from './BackupPanel';
import { CohortRulesPanel } from './CohortRulesPanel';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { SharePanel } from './SharePanel';
import { StorageStatusPanel } from './StorageStatusPanel';
import { WorkspaceRow } from './WorkspaceRow';
import { PageHeader } from '../../ui/PageHeader';

export function WorkspacePage() {
  usePageTitle('Workspace');
  const { workspaces, current, switchTo, create, rename, remove, createDemo } = useWorkspace();
  const navigate = useNavigate();
  const [pendingDelete, setPendingDelete] = useState<Workspace | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const openWorkspace = async (id: string) => {
    await switchTo(id);
    navigate('/accounts');
  };

  return (
    <section aria-labelledby="workspace-heading">
      <PageHeader headingId="workspace-heading" title="Workspace" />
      <p className="lede">
        Each workspace is a separate listening tour with its own accounts, interviews and ICP,
        stored only in this browser.
      </p>
      <section aria-labelledby="workspaces-heading" className="panel">
        <h2 id="workspaces-heading">Workspaces</h2>
        {workspaces.length === 0 ? (
          <EmptyState title="No workspaces">
            <p>Create a workspace for your listening tour, or bring back the demo to explore.</p>
          </EmptyState>
        ) : (
          <ul className="workspace-list">
            {workspaces.map((w) => (
              <WorkspaceRow
                key={w.id}
                workspace={w}
                isCurrent={w.id === current?.id}
                onSwitch={() => void openWorkspace(w.id)}
                onRename={(name) => rename(w.id, name)}
                onDelete={() => setPendingDelete(w)}
              />
            ))}
          </ul>
        )}
        <h3>New workspace</h3>
        <CreateWorkspaceForm
          onCreate={async (name) => {
            const w = await create(name);
            await openWorkspace(w.id);
          }}
        />
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              setMessage('Creating the demo workspace…');
              void createDemo()
                .then(async (w) => {
                  setMessage(null);
                  await openWorkspace(w.id);
                })
                .catch((e: Error) => setMessage(e.message))
                .finally(() => setBusy(false));
            }}
          >
            Create demo workspace
          </button>
        </p>
        {message && <p role="status">{message}</p>}
      </section>
      {current && <SharePanel key={`share-${current.id}`} />}
      {current && <BackupPanel key={`backup-${current.id}`} />}
      {current && <CohortRulesPanel key={current.id} />}
      <StorageStatusPanel />
      <ConfirmDialog
        open={pendingDelete !== null}
        title={pendingDelete ? `Delete “${pendingDelete.name}”?` : 'Delete workspace?'}
        confirmLabel="Delete workspace"
        danger
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          const target = pendingDelete;
          setPendingDelete(null);
          if (!target) return;
          void remove(target.id)
            .then(() => setMessage(`Deleted “${target.name}”.`))
            .catch((e: Error) => setMessage(`Could not delete: ${e.message}`));
        }}
      >
        <p>
          This removes every account, interview, quote and ICP version in “{pendingDelete?.name}”
          from this browser. It cannot be undone; download a backup first if you may need it.
        </p>
      </ConfirmDialog>
    </section>
  );
}
