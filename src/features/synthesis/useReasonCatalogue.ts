import type { WorkspaceDb } from '../../db/schema';
import {
  catalogueFromSetting,
  REASON_CATALOGUE_KEY,
  reasonCatalogueSchema,
  type ReasonCatalogue,
} from '../../domain/reasons/reasonCatalogue';
import { useWorkspaceSetting } from '../../shared/settings/useWorkspaceSetting';

const toStored = (next: ReasonCatalogue) => reasonCatalogueSchema.parse(next);

/**
 * The workspace's failure-reason catalogue, live (undefined while loading; the defaults when
 * never saved), and `save`, which resolves once the write is durable.
 */
export function useReasonCatalogue(db: WorkspaceDb) {
  const { value: catalogue, save } = useWorkspaceSetting(
    db,
    REASON_CATALOGUE_KEY,
    catalogueFromSetting,
    toStored,
  );
  return { catalogue, save };
}
