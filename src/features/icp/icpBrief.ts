import type { WorkspaceDb } from '../../db/schema';
import { derivePersonas } from '../../domain/icp/personas';
import { fieldTraitFigures } from '../../domain/icp/traitFigures';
import { findingEvidence } from '../../domain/synthesis/findingEvidence';
import { icpMarkdown } from '../../export/icpMarkdown';
import type { IcpData } from './useIcpData';

/**
 * The brief of the version on screen. Findings and interviews are read on click only: the ICP
 * page has no other use for them, and interviews carry whole transcripts.
 */
export async function icpBrief(db: WorkspaceDb, data: IcpData): Promise<string> {
  const { viewed, view } = data;
  const [findings, interviews] = await Promise.all([
    db.findings.toArray(),
    db.interviews.toArray(),
  ]);
  const evidenceInput = { accounts: data.accounts, interviews, highlights: data.highlights };
  return icpMarkdown(
    viewed,
    view.traits,
    data.highlights,
    data.accounts,
    view.frozen ? { evidence: view.evidence, separation: view.separation } : null,
    {
      separation: view.separation,
      // An older snapshot kept no matches, and today's would pass for signed-off figures.
      ...(view.matches === null
        ? {}
        : { fieldFigures: fieldTraitFigures(view.traits, view.scored) }),
      personas: derivePersonas(data),
      findings: findings.map((finding) => ({
        finding,
        evidence: findingEvidence(finding, evidenceInput).summary,
      })),
    },
  );
}
