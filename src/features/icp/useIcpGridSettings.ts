import type { WorkspaceDb } from '../../db/schema';
import {
  ICP_GRID_SETTINGS_KEY,
  icpGridSettingsFromSetting,
  icpGridSettingsSchema,
  type IcpGridSettings,
} from '../../domain/icp/icpGridSettings';
import { useWorkspaceSetting } from '../../shared/settings/useWorkspaceSetting';

const toStored = (next: IcpGridSettings) => icpGridSettingsSchema.parse(next);

/**
 * The ICP Grid weights and core pain saved for this workspace, live (undefined while loading),
 * and `save`, which resolves once the write is durable and rejects with the reason otherwise.
 */
export function useIcpGridSettings(db: WorkspaceDb) {
  const { value: settings, save } = useWorkspaceSetting(
    db,
    ICP_GRID_SETTINGS_KEY,
    icpGridSettingsFromSetting,
    toStored,
  );
  return { settings, save };
}
