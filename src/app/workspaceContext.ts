import { createContext } from 'react';
import type { RegistryDb } from '../db/registryDb';
import type { WorkspaceDb } from '../db/schema';
import type { Workspace } from '../domain/schemas/workspace';

export interface WorkspaceContextValue {
  registry: RegistryDb;
  workspaces: Workspace[];
  current: Workspace | null;
  /** The open database of the current workspace; null only when there is no workspace at all. */
  db: WorkspaceDb | null;
  /** The workspace a switch is on its way to, until it lands; null when none is under way. */
  switching: string | null;
  /** Opens workspace `id`; of switches made in quick succession, the last one chosen wins. */
  switchTo(id: string): Promise<void>;
  create(name: string): Promise<Workspace>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  createDemo(): Promise<Workspace>;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);
