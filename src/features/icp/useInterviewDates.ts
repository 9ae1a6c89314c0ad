import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkspaceDb } from '../../db/schema';

/** When each interview was recorded; the diff counts those added between two versions. */
export function useInterviewDates(db: WorkspaceDb): { createdAt: string }[] | undefined {
  return useLiveQuery(
    async () => (await db.interviews.toArray()).map((i) => ({ createdAt: i.createdAt })),
    [db],
  );
}
