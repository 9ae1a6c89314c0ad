import { useCallback, useSyncExternalStore } from 'react';
import type { Cohort } from '../domain/schemas/cohort';
import type { SearchGroup } from './searchIndex';
import { searchIndexStatus, searchWorkspace, subscribeSearchIndex } from './searchIndexStore';
import type { SearchIndexStatus } from './searchIndexSync';

export interface WorkspaceSearchIndex {
  status: SearchIndexStatus;
  /** Null when a newer query replaced this one before it was sent. */
  search(query: string, cohort: Cohort | null, limitPerKind: number): Promise<SearchGroup[] | null>;
}

/** The search index of the workspace stored in `dbName`; mounting the hook keeps it running. */
export function useSearchIndex(dbName: string): WorkspaceSearchIndex {
  const subscribe = useCallback(
    (listener: () => void) => subscribeSearchIndex(dbName, listener),
    [dbName],
  );
  const getStatus = useCallback(() => searchIndexStatus(dbName), [dbName]);
  const status = useSyncExternalStore(subscribe, getStatus);
  const search = useCallback(
    (query: string, cohort: Cohort | null, limitPerKind: number) =>
      searchWorkspace(dbName, query, cohort, limitPerKind),
    [dbName],
  );
  return { status, search };
}
