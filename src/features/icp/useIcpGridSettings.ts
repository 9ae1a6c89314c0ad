import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { getSetting, putSetting } from '../../db/settingsRepo';
import {
  ICP_GRID_SETTINGS_KEY,
  icpGridSettingsFromSetting,
  icpGridSettingsSchema,
  type IcpGridSettings,
} from '../../domain/icp/icpGridSettings';

/**
 * The ICP Grid weights and core pain saved for this workspace, live (undefined while loading),
 * and `save`, which resolves once the write is durable and rejects with the reason otherwise.
 */
export function useIcpGridSettings(db: WorkspaceDb) {
  // Wrapped, so "never saved" (undefined) is told apart from "still loading".
  const stored = useLiveQuery(
    async () => ({ value: await getSetting(db, ICP_GRID_SETTINGS_KEY) }),
    [db],
  );
  const settings = useMemo(
    () => (stored ? icpGridSettingsFromSetting(stored.value) : undefined),
    [stored],
  );
  const save = useCallback(
    (next: IcpGridSettings) =>
      putSetting(db, ICP_GRID_SETTINGS_KEY, icpGridSettingsSchema.parse(next)),
    [db],
  );
  return { settings, save };
}
