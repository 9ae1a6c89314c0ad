/**
 * How the ICP Grid's settings moved between two versions: each reweighted component, and the
 * core pain when it was switched. Segments scored under both are compared in quadrantMoves.
 */
import {
  GTM_COMPONENTS,
  PMF_COMPONENTS,
  type GridSegment,
  type GtmComponent,
  type PmfComponent,
  type Quadrant,
} from './icpGrid';
import type { IcpGridSettings } from './icpGridSettings';

export type GridChange =
  | {
      kind: 'grid_weight';
      axis: 'pmf' | 'gtm';
      component: PmfComponent | GtmComponent;
      from: number;
      to: number;
    }
  | { kind: 'grid_core_pain'; from: string | null; to: string | null };

export function gridChanges(
  before: IcpGridSettings | undefined,
  after: IcpGridSettings | undefined,
): GridChange[] {
  if (!before || !after) return [];
  const changes: GridChange[] = [];
  for (const component of PMF_COMPONENTS) {
    const [from, to] = [before.weights.pmf[component], after.weights.pmf[component]];
    if (from !== to) changes.push({ kind: 'grid_weight', axis: 'pmf', component, from, to });
  }
  for (const component of GTM_COMPONENTS) {
    const [from, to] = [before.weights.gtm[component], after.weights.gtm[component]];
    if (from !== to) changes.push({ kind: 'grid_weight', axis: 'gtm', component, from, to });
  }
  if (before.corePainCodeId !== after.corePainCodeId) {
    changes.push({ kind: 'grid_core_pain', from: before.corePainCodeId, to: after.corePainCodeId });
  }
  return changes;
}

export interface QuadrantMove {
  label: string;
  accounts: number;
  from: Quadrant | null;
  to: Quadrant | null;
}

/** Segments placed in another quadrant by the second grid, by label; both grids cut alike. */
export function quadrantMoves(
  before: readonly GridSegment[],
  after: readonly GridSegment[],
): QuadrantMove[] {
  const was = new Map(before.map((s) => [s.label, s.quadrant]));
  return after
    .filter((s) => was.has(s.label) && was.get(s.label) !== s.quadrant)
    .map((s) => ({
      label: s.label,
      accounts: s.accounts,
      from: was.get(s.label) ?? null,
      to: s.quadrant,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
