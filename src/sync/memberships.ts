/**
 * Which local workspaces are shared, and as whom: the server, the member token, the role. Kept in
 * the registry database's prefs (one key per workspace), so it is device-local by construction:
 * never in the workspace's own data, its backups or the shared doc.
 */
import { z } from 'zod';
import type { RegistryDb } from '../db/registryDb';
import { TEAM_ROLES } from './teamApi';

export const membershipSchema = z.object({
  server: z.string().url(),
  workspaceId: z.string().min(1),
  memberId: z.string().min(1),
  role: z.enum(TEAM_ROLES),
  name: z.string().min(1),
  token: z.string().min(1),
  expiresAt: z.string(),
});
export type Membership = z.infer<typeof membershipSchema>;

const keyOf = (localWorkspaceId: string) => `team.${localWorkspaceId}`;

export async function getMembership(
  registry: RegistryDb,
  localWorkspaceId: string,
): Promise<Membership | null> {
  const stored = await registry.prefs.get(keyOf(localWorkspaceId));
  if (!stored) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored.value);
  } catch {
    return null;
  }
  const parsed = membershipSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export async function putMembership(
  registry: RegistryDb,
  localWorkspaceId: string,
  membership: Membership,
): Promise<void> {
  await registry.prefs.put({ key: keyOf(localWorkspaceId), value: JSON.stringify(membership) });
}

export async function deleteMembership(
  registry: RegistryDb,
  localWorkspaceId: string,
): Promise<void> {
  await registry.prefs.delete(keyOf(localWorkspaceId));
}
