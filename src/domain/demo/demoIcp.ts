/**
 * The demo's ICP as a team would draft it from the demo's evidence: the clear trait-lift rows
 * and the codes that most favour power users (or rule a segment out) become traits through the
 * same drafts Synthesis offers, with IS / IS NOT lines and a review. It feeds the README's
 * slide (npm run render:slide), so the picture shows what the app makes of the demo.
 */
import { traitDraftFromCode, traitDraftFromLift } from '../icp/traitDraftFromLift';
import type { IcpVersion } from '../schemas/icpVersion';
import type { Trait } from '../schemas/trait';
import { codeLift, TRAIT_DIMENSIONS, traitLift } from '../synthesis/traitLift';
import type { WorkspaceData } from '../workspaceData';

const LIFT_TRAITS = 5;
const CODE_TRAITS = 3;

export function demoIcp(
  data: WorkspaceData,
  now: string,
): { traits: Trait[]; version: IcpVersion } {
  const fromLift = TRAIT_DIMENSIONS.flatMap((dimension) =>
    traitLift(data, { dimension }).rows.map((row) => traitDraftFromLift(dimension, row)),
  )
    .filter((draft) => Math.abs(draft.weight) >= 3)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.name.localeCompare(b.name))
    .slice(0, LIFT_TRAITS);
  const lifts = codeLift(data);
  const fromCodes = [
    ...lifts
      .filter(
        (row) => row.code.kind === 'pain_point' && (row.onlyInPowerUsers || (row.lift ?? 0) > 2),
      )
      .slice(0, CODE_TRAITS - 1),
    ...lifts.filter((row) => row.code.kind === 'failure_product').slice(0, 1),
  ].map((row) => traitDraftFromCode(row.code, data.highlights));
  const traits = [...fromLift, ...fromCodes].map((draft, i): Trait => ({
    ...draft,
    id: `demo-trait-${i + 1}`,
    createdAt: now,
    updatedAt: now,
  }));
  const version: IcpVersion = {
    id: 'demo-icp-v1',
    createdAt: now,
    updatedAt: now,
    number: 1,
    status: 'signed_off',
    traits,
    isLines: [
      'B2B SaaS and fintech companies with 51-500 employees',
      'Customer success teams that already run Salesforce and a data warehouse',
      'Four or more integrations live within the first quarter',
      'A RevOps or CS leader who owns renewal forecasting',
      'Short sales cycles: a champion can buy within a quarter',
    ],
    isNotLines: [
      'Agencies and services firms reselling reports to their clients',
      'Companies that need on-premise hosting or custom deployments',
      'Teams under 50 people without a dedicated CS function',
    ],
    exclusions: ['Regulated healthcare providers (no HIPAA support yet)'],
    signOffs: [
      {
        name: 'Ana Ortiz',
        role: 'CEO',
        decision: 'approve',
        comment: 'The evidence holds.',
        at: now,
      },
      { name: 'Raj Rao', role: 'VP Sales', decision: 'approve', comment: '', at: now },
    ],
    basedOnId: null,
    frozenAt: now,
    snapshot: null,
  };
  return { traits, version };
}
