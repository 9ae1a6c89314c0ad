import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { useToast } from '../../ui/toastContext';
import { getSetting, putDeviceSetting } from '../../db/settingsRepo';
import {
  ACCOUNTS_TABLE_LAYOUT_KEY,
  accountsTableLayoutFrom,
  type AccountsTableLayout,
} from '../../domain/accountsTableLayout';

/** Sort, filters and visible columns, remembered per workspace in its settings store. */
export function useAccountsTableLayout(db: WorkspaceDb) {
  const stored = useLiveQuery(() => getSetting(db, ACCOUNTS_TABLE_LAYOUT_KEY), [db], null);
  const [local, setLocal] = useState<AccountsTableLayout | null>(null);
  const toast = useToast();
  const layout = local ?? accountsTableLayoutFrom(stored);

  const update = useCallback(
    (change: (previous: AccountsTableLayout) => AccountsTableLayout) => {
      const next = change(layout);
      setLocal(next);
      // The table follows the change at once; only remembering it can fail. The layout is this
      // browser's own (a device setting), not workspace data, so it is no command.
      putDeviceSetting(db, ACCOUNTS_TABLE_LAYOUT_KEY, next).catch((error: unknown) =>
        toast({
          message: `This table layout will not be remembered: ${error instanceof Error ? error.message : String(error)}`,
          tone: 'error',
        }),
      );
    },
    [db, layout, toast],
  );

  return { layout, update, loaded: stored !== null };
}
