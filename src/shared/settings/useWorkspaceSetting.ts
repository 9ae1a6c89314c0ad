import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import { commandContext } from '../../commands/context';
import { errorText } from '../../commands/errorText';
import { setWorkspaceSettingCommand } from '../../commands/settingCommands';
import type { WorkspaceDb } from '../../db/schema';
import { getSetting } from '../../db/settingsRepo';

const asIs = (value: unknown): unknown => value;

/**
 * One setting, live, and `save`, which resolves once the write is durable and rejects with the
 * reason, as errorText words it, otherwise. Every caller shows that outcome beside its own
 * form, so `save` runs the command itself rather than through useCommand's toast (which
 * src/shared cannot import either). `fromSetting` turns whatever is stored (nothing, an older shape, a restored
 * backup) into a value; `toStored` checks a value before it is written. Pass module-level
 * functions: they are effect dependencies.
 */
export function useWorkspaceSetting<T>(
  db: WorkspaceDb,
  key: string,
  fromSetting: (stored: unknown) => T,
  toStored: (value: T) => unknown = asIs,
) {
  // Wrapped, so "never saved" (undefined) is told apart from "still loading".
  const stored = useLiveQuery(async () => ({ value: await getSetting(db, key) }), [db, key]);
  const value = useMemo(
    () => (stored ? fromSetting(stored.value) : undefined),
    [stored, fromSetting],
  );
  const save = useCallback(
    async (next: T) => {
      try {
        const input = { key, value: toStored(next) };
        await setWorkspaceSettingCommand(commandContext(db), input);
      } catch (error) {
        throw new Error(errorText(error), { cause: error });
      }
    },
    [db, key, toStored],
  );
  return { value, save };
}

/**
 * The hook of one setting whose value `schema` checks before it is written: `useX(db)` gives
 * useWorkspaceSetting's `value` and `save`.
 */
export function settingHook<T>(
  key: string,
  fromSetting: (stored: unknown) => T,
  schema: z.ZodType<T>,
): (db: WorkspaceDb) => { value: T | undefined; save: (next: T) => Promise<void> } {
  const toStored = (next: T) => schema.parse(next);
  return function useSetting(db: WorkspaceDb) {
    return useWorkspaceSetting(db, key, fromSetting, toStored);
  };
}
