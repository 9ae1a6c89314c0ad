import { Link, Outlet } from 'react-router';
import { EmptyState } from '../ui/EmptyState';
import { useWorkspace } from './useWorkspace';

export function RequireWorkspace() {
  const { db, current } = useWorkspace();
  // Keyed by workspace so every page starts fresh after a switch.
  if (db && current) return <Outlet key={current.id} />;
  return (
    <EmptyState title="No workspace yet">
      <p>Workspaces keep each listening tour separate. Create one to start.</p>
      <Link className="button primary" to="/workspace">
        Create a workspace
      </Link>
    </EmptyState>
  );
}
