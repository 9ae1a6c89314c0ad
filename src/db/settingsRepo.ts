import type { WorkspaceDb } from './schema';
import { settingScope } from './tables';

/** A key's scope (tables.ts) decides its store: device-local settings are never backed up. */
const storeFor = (db: WorkspaceDb, key: string) =>
  settingScope(key) === 'device' ? db.deviceSettings : db.settings;

/**
 * The stored value, or undefined when the key was never saved. Typed unknown on purpose: a
 * setting may come from an older version or a restored backup, so each caller parses it.
 */
export async function getSetting(db: WorkspaceDb, key: string): Promise<unknown> {
  const setting = await storeFor(db, key).get(key);
  return setting?.value;
}

export async function putSetting(
  db: WorkspaceDb,
  key: string,
  value: unknown,
  now: string = new Date().toISOString(),
): Promise<void> {
  await storeFor(db, key).put({ key, value, updatedAt: now });
}

/**
 * This browser's own state (tables.ts marks its keys device-scoped): not workspace data, so not
 * a command. Refuses a workspace key, which would otherwise be written unlogged.
 */
export async function putDeviceSetting(
  db: WorkspaceDb,
  key: string,
  value: unknown,
  now: string = new Date().toISOString(),
): Promise<void> {
  if (settingScope(key) !== 'device') throw new Error(`“${key}” is not a device setting.`);
  await db.deviceSettings.put({ key, value, updatedAt: now });
}
