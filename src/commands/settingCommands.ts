import { putSetting } from '../db/settingsRepo';
import { settingScope } from '../db/tables';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';

export interface WorkspaceSettingInput {
  key: string;
  /** Checked by the caller against the setting's own schema before it gets here. */
  value: unknown;
}

/**
 * Saves one workspace setting. A setting is changed back by saving it again, in the form that
 * shows it, so there is no Undo.
 */
export async function setWorkspaceSettingCommand(
  ctx: CommandContext,
  { key, value }: WorkspaceSettingInput,
): Promise<CommandOutcome<null>> {
  // A device key belongs to this browser: it is written by putDeviceSetting, never logged.
  if (settingScope(key) === 'device') throw new Error(`“${key}” is not a workspace setting.`);
  await putSetting(ctx.db, key, value, ctx.now());
  return { result: null, message: 'Setting saved.' };
}
