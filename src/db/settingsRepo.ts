import type { WorkspaceDb } from './schema';

/**
 * The stored value, or undefined when the key was never saved. Typed unknown on purpose: a
 * setting may come from an older version or a restored backup, so each caller parses it.
 */
export async function getSetting(db: WorkspaceDb, key: string): Promise<unknown> {
  const setting = await db.settings.get(key);
  return setting?.value;
}

export async function putSetting(
  db: WorkspaceDb,
  key: string,
  value: unknown,
  now: string = new Date().toISOString(),
): Promise<void> {
  await db.settings.put({ key, value, updatedAt: now });
}
