import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getMethodInput } from '../../db/methodRepo';
import type { WorkspaceDb } from '../../db/schema';
import { methodCounts, methodProgress, type MethodProgress } from '../../domain/methodProgress';
import { useInterviewTargets } from '../../shared/planning/useInterviewTargets';

/** Where the workspace stands on each step of the method, live; undefined while it loads. */
export function useMethodProgress(db: WorkspaceDb): MethodProgress | undefined {
  const input = useLiveQuery(() => getMethodInput(db), [db]);
  const { value: targets } = useInterviewTargets(db);
  return useMemo(
    () => (input && targets ? methodProgress(methodCounts(input, targets)) : undefined),
    [input, targets],
  );
}
