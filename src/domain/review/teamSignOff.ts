/**
 * A shared workspace's sign-off, worked out from the decisions the team server recorded
 * (docs/team-server.md, the audit): as many distinct authenticated people approving the same
 * frozen version as the workspace asks. Each person's latest decision on that version counts,
 * so approving twice is one approval and a later "request changes" withdraws it. Decisions on
 * an earlier freeze of the version (another hash) do not carry over. Pure: no clock, no crypto.
 */
import { z } from 'zod';
import type { IcpVersion } from '../schemas/icpVersion';

export const teamDecisionSchema = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  memberId: z.string().min(1),
  name: z.string(),
  role: z.enum(['owner', 'editor', 'reviewer']),
  versionId: z.string(),
  versionHash: z.string(),
  decision: z.enum(['approve', 'request_changes']),
  note: z.string().nullable(),
});
export type TeamDecision = z.infer<typeof teamDecisionSchema>;

export interface TeamSignOff {
  required: number;
  /** Each approver's latest decision, an approval, oldest first. */
  approvedBy: TeamDecision[];
  /** Those whose latest decision on this version is to ask for changes. */
  changesRequestedBy: TeamDecision[];
  signedOff: boolean;
  /** Every decision on this frozen version, in the order the server recorded them. */
  decisions: TeamDecision[];
}

export function teamSignOff(
  entries: readonly TeamDecision[],
  versionHash: string,
  required: number,
): TeamSignOff {
  const decisions = entries
    .filter((e) => e.versionHash === versionHash)
    .sort((a, b) => a.seq - b.seq);
  const latest = new Map<string, TeamDecision>();
  for (const decision of decisions) {
    latest.delete(decision.memberId);
    latest.set(decision.memberId, decision);
  }
  const last = [...latest.values()];
  const approvedBy = last.filter((d) => d.decision === 'approve');
  return {
    required,
    approvedBy,
    changesRequestedBy: last.filter((d) => d.decision === 'request_changes'),
    signedOff: approvedBy.length >= required,
    decisions,
  };
}

/** "1 of 2 approvals from different reviewers." */
export function teamSignOffText(state: TeamSignOff): string {
  const have = state.approvedBy.length;
  return state.signedOff
    ? `Signed off: ${have} of ${state.required} approvals from different reviewers.`
    : `Not signed off yet: ${have} of ${state.required} approvals from different reviewers.`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with every object's keys sorted and undefined left out: one text for equal values. */
function canonical(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) out[key] = canonical(field);
    }
    return out;
  }
  return value as Json;
}

/**
 * The text whose SHA-256 is the version hash the server records with each decision: what is
 * being agreed (traits, IS / IS NOT lines, exclusions), not the version's status or decisions,
 * which change as the review goes on. Every member derives the same text from the same
 * version, whatever order its fields arrived in.
 */
export function versionHashText(
  version: Pick<IcpVersion, 'id' | 'number' | 'traits' | 'isLines' | 'isNotLines' | 'exclusions'>,
): string {
  const traits = [...version.traits].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify(
    canonical({
      id: version.id,
      number: version.number,
      traits,
      isLines: version.isLines,
      isNotLines: version.isNotLines,
      exclusions: version.exclusions,
    }),
  );
}
