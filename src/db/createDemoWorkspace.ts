import type { RegistryDb } from './registryDb';
import { WorkspaceDb } from './schema';
import { seedWorkspace } from './seedWorkspace';
import { createWorkspace, deleteWorkspace, nowIso } from './workspaceRegistry';
import type { Workspace } from '../domain/schemas/workspace';

export const DEMO_SEED = 20261;
export const DEMO_NAME = 'Demo: Northwind listening tour';

/** Creates and fills the demo workspace; the generator loads on demand to keep first load small. */
export async function createDemoWorkspace(
  registry: RegistryDb,
  now = nowIso(),
): Promise<Workspace> {
  const { generateDemoWorkspace } = await import('../domain/demo/generateDemoWorkspace');
  const workspace = await createWorkspace(registry, DEMO_NAME, { isDemo: true });
  const db = new WorkspaceDb(workspace.dbName);
  try {
    await seedWorkspace(db, generateDemoWorkspace({ seed: DEMO_SEED, now }));
  } catch (error) {
    db.close();
    await deleteWorkspace(registry, workspace.id);
    throw new Error(`Could not create the demo workspace: ${(error as Error).message}`, {
      cause: error,
    });
  }
  db.close();
  return workspace;
}
