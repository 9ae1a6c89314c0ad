import { useNavigate } from 'react-router';
import { useToast } from '../ui/toastContext';
import { useWorkspace } from './useWorkspace';
import { Options } from '../ui/Options';
import { namedOptions } from '../ui/selectOptions';

export function WorkspaceSwitcher() {
  const { workspaces, current, switching, switchTo } = useWorkspace();
  const navigate = useNavigate();
  const toast = useToast();
  if (workspaces.length === 0) return null;
  return (
    <label className="switcher">
      <span>Workspace</span>
      <select
        value={switching ?? current?.id ?? ''}
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
        <Options options={namedOptions(workspaces)} />
      </select>
    </label>
  );
}
