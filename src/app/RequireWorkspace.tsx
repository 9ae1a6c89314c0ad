import { Link, Outlet } from 'react-router';
import { EmptyState } from '../ui/EmptyState';
import { useWorkspace } from './useWorkspace';

export function RequireWorkspace() {
  const { db } = useWorkspace();
  if (db) return <Outlet />;
  return (
    <EmptyState title="No workspace yet">
      <p>Workspaces keep each listening tour separate. Create one to start.</p>
      <Link className="button primary" to="/workspace">
        Create a workspace
      </Link>
    </EmptyState>
  );
}
