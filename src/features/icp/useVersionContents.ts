import { useMemo } from 'react';
import type { WorkspaceDb } from '../../db/schema';
import { quadrantMoves, type QuadrantMove } from '../../domain/icp/gridChanges';
import { icpGrid } from '../../domain/icp/icpGrid';
import { gridOptionsFromSettings, type IcpGridSettings } from '../../domain/icp/icpGridSettings';
import { derivePersonas } from '../../domain/icp/personas';
import type { VersionContent } from '../../domain/icp/versionDiff';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import type { IcpData } from './useIcpData';
import { useIcpGridSettings } from './useIcpGridSettings';

/**
 * What two versions hold, for the diff: a signed-off version's own copies, a draft's live
 * personas and grid settings. Also the grid segments each version's settings would place in
 * another quadrant, on today's accounts cut by industry (the grid's default cut).
 */
export function useVersionContents(
  db: WorkspaceDb,
  data: IcpData,
  a: IcpVersion | undefined,
  b: IcpVersion | undefined,
): { a: VersionContent; b: VersionContent; moves: QuadrantMove[] } | null {
  const { value: settings } = useIcpGridSettings(db);
  const { accounts, contacts, highlights, codes, deals } = data;
  const personas = useMemo(
    () => derivePersonas({ accounts, contacts, highlights, codes }).personas,
    [accounts, contacts, highlights, codes],
  );
  return useMemo(() => {
    if (!a || !b || !settings) return null;
    const contentOf = (v: IcpVersion): VersionContent =>
      v.status === 'signed_off' ? v : { ...v, personas, grid: settings };
    const [ca, cb] = [contentOf(a), contentOf(b)];
    const segments = (grid: IcpGridSettings) => {
      const { corePainMissing: _missing, ...options } = gridOptionsFromSettings(grid, codes);
      return icpGrid(accounts, deals, highlights, codes, { ...options, segmentBy: ['industry'] })
        .segments;
    };
    const moves =
      ca.grid && cb.grid && JSON.stringify(ca.grid) !== JSON.stringify(cb.grid)
        ? quadrantMoves(segments(ca.grid), segments(cb.grid))
        : [];
    return { a: ca, b: cb, moves };
  }, [a, b, settings, personas, accounts, deals, highlights, codes]);
}
