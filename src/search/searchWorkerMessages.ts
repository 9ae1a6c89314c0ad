/** The messages between searchIndexStore (page) and searchIndex.worker.ts. */
import type { Cohort } from '../domain/schemas/cohort';
import type { SearchGroup } from './searchIndex';
import type { SearchIndexStatus } from './searchIndexSync';

export type SearchWorkerRequest =
  | { type: 'open'; dbName: string }
  | { type: 'search'; id: number; query: string; cohort: Cohort | null; limitPerKind: number }
  | { type: 'persist'; thenClose: boolean };

export type SearchWorkerResponse =
  | { type: 'status'; status: SearchIndexStatus }
  | { type: 'results'; id: number; groups: SearchGroup[] };
