import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { useWorkspace } from '../../app/useWorkspace';
import {
  restoredAsNewSentence,
  restoreIntoNewWorkspaceCommand,
  restoreOverCurrentCommand,
} from '../../commands/workspaceCommands';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { parseBackup, type ParsedBackup } from '../../domain/backupFormat';
import { workspaceSchema, type Workspace } from '../../domain/schemas/workspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/toastContext';
import { summariseCounts } from '../../domain/backupCounts';

type Mode = 'new' | 'replace';

interface Props {
  workspace: Workspace;
}

interface Refusal {
  fileName: string;
  message: string;
}

export function RestoreBackupForm({ workspace }: Props) {
  const { registry, switchTo } = useWorkspace();
  const navigate = useNavigate();
  const toast = useToast();
  const run = useCommand();
  const ctx = useCommandContext();
  const modeName = useId();
  const [file, setFile] = useState<File | null>(null);
  // Remounts the file input after a restore: a file input cannot be cleared through React.
  const [inputKey, setInputKey] = useState(0);
  const [mode, setMode] = useState<Mode>('new');
  const [name, setName] = useState('Restored backup');
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState<ParsedBackup | null>(null);

  const finish = () => {
    setFile(null);
    setInputKey((k) => k + 1);
    setRefusal(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    if (!file) {
      setRefusal({ fileName: '', message: 'Choose a backup file first.' });
      return;
    }
    const newName = workspaceSchema.shape.name.safeParse(name);
    if (mode === 'new' && !newName.success) {
      setNameError(newName.error.issues[0]?.message ?? 'Enter a name.');
      return;
    }
    setNameError(undefined);
    setBusy('Reading the backup…');
    try {
      const parsed = parseBackup(await file.text(), { currentVersion: CURRENT_SCHEMA_VERSION });
      if (!parsed.ok) {
        setRefusal({ fileName: file.name, message: parsed.error });
        return;
      }
      if (mode === 'replace') {
        setPending(parsed);
        return;
      }
      setBusy('Restoring…');
      // Its toast offers to open the new workspace rather than an Undo, so it is made here.
      const created = await run(
        restoreIntoNewWorkspaceCommand(ctx, { registry, name: newName.data ?? name, parsed }),
        { failed: 'The backup was not restored', quiet: true, throwErrors: true },
      );
      if (!created) return;
      finish();
      toast({
        message: restoredAsNewSentence(parsed, created),
        action: {
          label: `Open “${created.name}”`,
          run: async () => {
            await switchTo(created.id);
            navigate('/accounts');
          },
        },
      });
    } catch (e) {
      setRefusal({ fileName: file.name, message: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };

  const replace = async (parsed: ParsedBackup) => {
    setPending(null);
    setBusy('Restoring…');
    try {
      await run(restoreOverCurrentCommand(ctx, { workspace, parsed }), {
        failed: 'The backup was not restored',
        throwErrors: true,
      });
      finish();
    } catch (e) {
      setRefusal({ fileName: file?.name ?? '', message: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };

  return (
    <form className="backup-restore" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Restore a backup</h3>
      <Field label="Backup file" hint="A .json file from Download backup.">
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setRefusal(null);
          }}
        />
      </Field>
      <fieldset className="backup-mode">
        <legend>Restore into</legend>
        <label>
          <input
            type="radio"
            name={modeName}
            value="new"
            checked={mode === 'new'}
            onChange={() => setMode('new')}
          />
          Restore into a new workspace
        </label>
        <label>
          <input
            type="radio"
            name={modeName}
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          Replace this workspace
        </label>
      </fieldset>
      {mode === 'new' && (
        <Field label="Name for the new workspace" error={nameError}>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        </Field>
      )}
      <button type="submit" disabled={busy !== null}>
        Restore backup
      </button>
      {busy && <p role="status">{busy}</p>}
      {refusal && (
        <div role="alert" className="backup-error">
          <p>
            <strong>
              {refusal.fileName
                ? `“${refusal.fileName}” cannot be restored. Nothing was changed.`
                : 'Nothing was restored.'}
            </strong>
          </p>
          <p>{refusal.message}</p>
        </div>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={`Replace “${workspace.name}”?`}
        confirmLabel="Replace workspace"
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) void replace(pending);
        }}
      >
        <p>
          Everything in “{workspace.name}” is replaced by the backup
          {pending ? ` (${summariseCounts(pending.meta.counts)})` : ''}.
        </p>
        <p>
          A snapshot of “{workspace.name}” is taken first, so you can bring it back from Local
          snapshots below.
        </p>
      </ConfirmDialog>
    </form>
  );
}
