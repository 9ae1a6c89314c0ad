/**
 * The review calls of the team server's API (docs/team-server.md): decisions on a frozen ICP
 * version, recorded by the server with the authenticated member, and the workspace's sign-off
 * rule. The version hash is the SHA-256 of the domain's canonical text of the version.
 */
import { z } from 'zod';
import {
  teamDecisionSchema,
  versionHashText,
  type TeamDecision,
} from '../domain/review/teamSignOff';
import type { IcpVersion } from '../domain/schemas/icpVersion';
import type { Membership } from './memberships';
import { call } from './teamApi';

export type Decision = TeamDecision['decision'];

const decisionsSchema = z.object({
  entries: z.array(teamDecisionSchema),
  required: z.number().int().min(1),
});

const settingsSchema = z.object({
  settings: z.object({ requiredApprovals: z.number().int().min(1) }),
});

const workspacePath = (membership: Membership, rest: string) =>
  `/api/workspaces/${encodeURIComponent(membership.workspaceId)}${rest}`;

/** Lower-case hex SHA-256 of the version's canonical text. */
export async function versionHash(
  version: Parameters<typeof versionHashText>[0] & Pick<IcpVersion, 'id'>,
): Promise<string> {
  const bytes = new TextEncoder().encode(versionHashText(version));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function recordDecision(
  membership: Membership,
  input: { versionId: string; versionHash: string; decision: Decision; note: string | null },
): Promise<TeamDecision> {
  const body = { ...input, note: input.note ?? undefined };
  return call(
    membership.server,
    workspacePath(membership, '/decisions'),
    body,
    teamDecisionSchema,
    membership.token,
  );
}

/** Every decision on the version (all its freezes) and how many approvals the team asks. */
export function listDecisions(
  membership: Membership,
  versionId: string,
): Promise<{ entries: TeamDecision[]; required: number }> {
  const query = `/decisions?versionId=${encodeURIComponent(versionId)}`;
  return call(
    membership.server,
    workspacePath(membership, query),
    undefined,
    decisionsSchema,
    membership.token,
    'GET',
  );
}

/** The owner's rule for sign-off, kept by the server so nobody's browser can lower it. */
export async function putRequiredApprovals(
  membership: Membership,
  requiredApprovals: number,
): Promise<number> {
  const answer = await call(
    membership.server,
    workspacePath(membership, '/settings'),
    { requiredApprovals },
    settingsSchema,
    membership.token,
    'PUT',
  );
  return answer.settings.requiredApprovals;
}
