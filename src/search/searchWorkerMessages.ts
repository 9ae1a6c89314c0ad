/** The messages between searchIndexStore (page) and searchIndex.worker.ts. */
import type { Cohort } from '../domain/schemas/cohort';
import type { SearchGroup } from './searchIndex';
import type { SearchIndexState, SearchIndexStatus } from './searchIndexSync';

/** The status of an index that holds nothing (yet, or any more). */
export const emptyStatus = (state: SearchIndexState): SearchIndexStatus => ({
  state,
  documents: 0,
  saved: false,
  syncing: false,
  reindexed: 0,
  read: 0,
});

export type SearchWorkerRequest =
  /** `answers`: the shared slot of sharedAnswer.ts, when the page is cross-origin isolated. */
  | { type: 'open'; dbName: string; answers: SharedArrayBuffer | null }
  | {
      type: 'search';
      id: number;
      query: string;
      cohort: Cohort | null;
      limitPerKind: number;
      /** The page is waiting on the shared slot: write the answer there too. */
      shared: boolean;
    }
  | { type: 'persist'; thenClose: boolean };

export type SearchWorkerResponse =
  | { type: 'status'; status: SearchIndexStatus }
  | { type: 'results'; id: number; groups: SearchGroup[] };
