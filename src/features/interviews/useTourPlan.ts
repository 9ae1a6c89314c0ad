import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getTourPlanInput } from '../../db/planningRepo';
import type { WorkspaceDb } from '../../db/schema';
import { tourPlan } from '../../domain/planning/tourPlan';
import { useInterviewTargets } from '../../shared/planning/useInterviewTargets';

/** The live tour plan under the workspace's targets; plan is undefined while either loads. */
export function useTourPlan(db: WorkspaceDb) {
  const input = useLiveQuery(() => getTourPlanInput(db), [db]);
  const { value: targets, save } = useInterviewTargets(db);
  const plan = useMemo(
    () => (input && targets ? tourPlan(input, targets) : undefined),
    [input, targets],
  );
  return { plan, targets, saveTargets: save };
}
