import Dexie, { type EntityTable } from 'dexie';
import type { Workspace } from '../domain/schemas/workspace';
import { explainQuotaErrors } from './storageErrors';

export interface RegistryPref {
  key: string;
  value: string;
}

export const REGISTRY_DB_NAME = 'tourbook-registry';

/** The small database that lists workspaces; each workspace's records live in their own one. */
export class RegistryDb extends Dexie {
  workspaces!: EntityTable<Workspace, 'id'>;
  prefs!: EntityTable<RegistryPref, 'key'>;

  constructor(name = REGISTRY_DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ workspaces: 'id, name', prefs: 'key' });
    // Creating a workspace on a full disk must say why, as a workspace's own writes do.
    explainQuotaErrors(this);
  }
}
