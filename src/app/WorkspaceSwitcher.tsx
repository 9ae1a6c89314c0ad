import { useNavigate } from 'react-router';
import { useWorkspace } from './useWorkspace';

export function WorkspaceSwitcher() {
  const { workspaces, current, switchTo } = useWorkspace();
  const navigate = useNavigate();
  if (workspaces.length === 0) return null;
  return (
    <label className="switcher">
      <span>Workspace</span>
      <select
        value={current?.id ?? ''}
        onChange={(event) => {
          void switchTo(event.target.value).then(() => navigate('/accounts'));
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
