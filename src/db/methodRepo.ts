import type { MethodInput } from '../domain/methodProgress';
import { getTourPlanInput } from './planningRepo';
import type { WorkspaceDb } from './schema';

/**
 * What the method checklist reads, in one transaction. Counts go through indexes where one
 * exists: a quote with a code is one with an entry in the codeIds index, read as keys only, so
 * no quote's text is loaded to count it.
 */
export async function getMethodInput(db: WorkspaceDb): Promise<MethodInput> {
  const tables = [db.accounts, db.deals, db.interviews, db.highlights, db.guides, db.findings];
  return db.transaction('r', [...tables, db.traits, db.icpVersions], async () => {
    const [tour, guides, quotes, coded, findings, acceptedFindings, traits, versions] =
      await Promise.all([
        getTourPlanInput(db),
        db.guides.toArray(),
        db.highlights.count(),
        db.highlights.where('codeIds').above('').primaryKeys(),
        db.findings.count(),
        db.findings.where('status').equals('accepted').count(),
        db.traits.count(),
        db.icpVersions.toArray(),
      ]);
    return {
      tour,
      guides: guides.length,
      guideCohorts: new Set(guides.flatMap((g) => (g.cohort ? [g.cohort] : []))),
      quotes,
      codedQuotes: new Set(coded).size,
      findings,
      acceptedFindings,
      traits,
      versions: versions.map(({ status, number }) => ({ status, number })),
    };
  });
}
