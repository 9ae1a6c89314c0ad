import {
  catalogueFromSetting,
  REASON_CATALOGUE_KEY,
  reasonCatalogueSchema,
} from '../../domain/reasons/reasonCatalogue';
import { settingHook } from '../../shared/settings/useWorkspaceSetting';

/**
 * The workspace's failure-reason catalogue, live (undefined while loading; the defaults when
 * never saved), and `save`, which resolves once the write is durable.
 */
export const useReasonCatalogue = settingHook(
  REASON_CATALOGUE_KEY,
  catalogueFromSetting,
  reasonCatalogueSchema,
);
