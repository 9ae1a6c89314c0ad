import { useContext } from 'react';
import type { WorkspaceDb } from '../db/schema';
import { WorkspaceContext, type WorkspaceContextValue } from './workspaceContext';

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>.');
  return value;
}

/** For pages that only render once a workspace is open (the shell guarantees it). */
export function useWorkspaceDb(): WorkspaceDb {
  const { db } = useWorkspace();
  if (!db) throw new Error('No workspace is open. Create one on the Workspace page.');
  return db;
}
