import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { getSetting, putSetting } from '../../db/settingsRepo';
import {
  catalogueFromSetting,
  REASON_CATALOGUE_KEY,
  reasonCatalogueSchema,
  type ReasonCatalogue,
} from '../../domain/reasons/reasonCatalogue';

/**
 * The workspace's failure-reason catalogue, live (undefined while loading; the defaults when
 * never saved), and `save`, which resolves once the write is durable.
 */
export function useReasonCatalogue(db: WorkspaceDb) {
  // Wrapped, so "never saved" (undefined) is told apart from "still loading".
  const stored = useLiveQuery(
    async () => ({ value: await getSetting(db, REASON_CATALOGUE_KEY) }),
    [db],
  );
  const catalogue = useMemo(
    () => (stored ? catalogueFromSetting(stored.value) : undefined),
    [stored],
  );
  const save = useCallback(
    (next: ReasonCatalogue) =>
      putSetting(db, REASON_CATALOGUE_KEY, reasonCatalogueSchema.parse(next)),
    [db],
  );
  return { catalogue, save };
}
