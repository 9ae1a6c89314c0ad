import type { WorkspaceDb } from '../../db/schema';
import { personasOfVersion } from '../../domain/icp/personas';
import { fieldTraitFigures } from '../../domain/icp/traitFigures';
import { findingEvidence } from '../../domain/synthesis/findingEvidence';
import { icpMarkdown } from '../../export/icpMarkdown';
import type { SlideInput } from '../../export/slideContent';
import type { IcpData } from './useIcpData';

/** What both the brief and the slide add to the version: personas, field-based figures. */
function shared(data: IcpData) {
  const { view } = data;
  return {
    separation: view.separation,
    // An older snapshot kept no matches, and today's would pass for signed-off figures.
    ...(view.matches === null ? {} : { fieldFigures: fieldTraitFigures(view.traits, view.scored) }),
    personas: personasOfVersion(data.viewed, data),
  };
}

/** The slide of the version on screen, with the same figures as the page. */
export function icpSlideInput(data: IcpData): SlideInput {
  const { personas, ...figures } = shared(data);
  return {
    version: data.viewed,
    traits: data.view.traits,
    evidence: data.view.evidence,
    scored: data.view.scored,
    personas: personas.personas,
    ...figures,
  };
}

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
      personas: personasOfVersion(viewed, data),
      findings: findings.map((finding) => ({
        finding,
        evidence: findingEvidence(finding, evidenceInput).summary,
      })),
    },
  );
}
