import { useNavigate } from 'react-router';
import { useToast } from '../ui/toastContext';
import { useWorkspace } from './useWorkspace';

export function WorkspaceSwitcher() {
  const { workspaces, current, switchTo } = useWorkspace();
  const navigate = useNavigate();
  const toast = useToast();
  if (workspaces.length === 0) return null;
  return (
    <label className="switcher">
      <span>Workspace</span>
      <select
        value={current?.id ?? ''}
        onChange={(event) => {
          switchTo(event.target.value)
            .then(() => navigate('/accounts'))
            .catch((error: unknown) =>
              toast({
                message: `Could not open that workspace: ${error instanceof Error ? error.message : String(error)}`,
                tone: 'error',
              }),
            );
        }}
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
