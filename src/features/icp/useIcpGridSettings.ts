import {
  ICP_GRID_SETTINGS_KEY,
  icpGridSettingsFromSetting,
  icpGridSettingsSchema,
} from '../../domain/icp/icpGridSettings';
import { settingHook } from '../../shared/settings/useWorkspaceSetting';

/**
 * The ICP Grid weights and core pain saved for this workspace, live (undefined while loading),
 * and `save`, which resolves once the write is durable and rejects with the reason otherwise.
 */
export const useIcpGridSettings = settingHook(
  ICP_GRID_SETTINGS_KEY,
  icpGridSettingsFromSetting,
  icpGridSettingsSchema,
);
