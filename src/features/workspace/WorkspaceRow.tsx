import { useId, useState, type FormEvent } from 'react';
import type { Workspace } from '../../domain/schemas/workspace';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';

interface Props {
  workspace: Workspace;
  isCurrent: boolean;
  onSwitch(): void;
  onRename(name: string): Promise<void>;
  onDelete(): void;
}

export function WorkspaceRow({ workspace, isCurrent, onSwitch, onRename, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(workspace.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onRename(name);
      setEditing(false);
      setError(null);
    } catch (e) {
      const issues = (e as { issues?: { message: string }[] }).issues;
      setError(issues?.[0]?.message ?? (e as Error).message);
    }
  };

  return (
    <li className={isCurrent ? 'workspace-row current' : 'workspace-row'}>
      {editing ? (
        <form onSubmit={(e) => void save(e)} className="inline-form" noValidate>
          <label htmlFor={inputId}>New name for {workspace.name}</label>
          <input
            id={inputId}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false);
            }}
          />
          <button type="submit" className="primary">
            Save name
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
          {error && <p className="field-error">{error}</p>}
        </form>
      ) : (
        <>
          <span className="workspace-name">
            {workspace.name}
            {workspace.isDemo && <span className="tag">demo</span>}
            {isCurrent && <span className="tag current">open</span>}
          </span>
          <span className="row-actions">
            {!isCurrent && (
              <button type="button" onClick={onSwitch} aria-label={`Open ${workspace.name}`}>
                Open
              </button>
            )}
            <EditDeleteButtons
              what={workspace.name}
              editLabel="Rename"
              onEdit={() => {
                setName(workspace.name);
                setEditing(true);
              }}
              onDelete={onDelete}
            />
          </span>
        </>
      )}
    </li>
  );
}
