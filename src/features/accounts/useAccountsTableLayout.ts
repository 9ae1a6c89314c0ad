import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { getSetting, putSetting } from '../../db/settingsRepo';
import {
  ACCOUNTS_TABLE_LAYOUT_KEY,
  accountsTableLayoutFrom,
  type AccountsTableLayout,
} from '../../domain/accountsTableLayout';

/** Sort, filters and visible columns, remembered per workspace in its settings store. */
export function useAccountsTableLayout(db: WorkspaceDb) {
  const stored = useLiveQuery(() => getSetting(db, ACCOUNTS_TABLE_LAYOUT_KEY), [db], null);
  const [local, setLocal] = useState<AccountsTableLayout | null>(null);
  const layout = local ?? accountsTableLayoutFrom(stored);

  const update = useCallback(
    (change: (previous: AccountsTableLayout) => AccountsTableLayout) => {
      const next = change(layout);
      setLocal(next);
      void putSetting(db, ACCOUNTS_TABLE_LAYOUT_KEY, next);
    },
    [db, layout],
  );

  return { layout, update, loaded: stored !== null };
}
