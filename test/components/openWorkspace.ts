import { vi } from 'vitest';
import type { WorkspaceContextValue } from '../../src/app/workspaceContext';
import { RegistryDb } from '../../src/db/registryDb';
import type { WorkspaceDb } from '../../src/db/schema';

/**
 * The workspace context with `db` open and nothing else to do: for components that only
 * read and write the open workspace, without the provider's start-up (registry, demo, persistence).
 */
export function openWorkspace(db: WorkspaceDb): WorkspaceContextValue {
  return {
    registry: new RegistryDb(`registry-${crypto.randomUUID()}`),
    workspaces: [],
    current: null,
    db,
    switchTo: vi.fn(),
    create: vi.fn(),
    rename: vi.fn(),
    remove: vi.fn(),
    createDemo: vi.fn(),
  };
}
