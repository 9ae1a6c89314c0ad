/**
 * The team server's JSON API (docs/team-server.md), the calls the app makes. Every error the
 * server sends is `{ error, code }`, a sentence the user can act on; it becomes the Error's
 * message as it is.
 */
import { z } from 'zod';

export const TEAM_ROLES = ['owner', 'editor', 'reviewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

const memberSchema = z.object({
  workspaceId: z.string(),
  memberId: z.string(),
  role: z.enum(TEAM_ROLES),
  name: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});
export type MemberGrant = z.infer<typeof memberSchema>;

const inviteSchema = z.object({ inviteToken: z.string(), role: z.enum(TEAM_ROLES) });

const errorSchema = z.object({ error: z.string(), code: z.string() });

export class TeamApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A GET sends no body: pass `undefined`. */
export async function call<T>(
  server: string,
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  token?: string,
  method: 'GET' | 'POST' | 'PUT' = 'POST',
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${server}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new TeamApiError(
      `The team server at ${server} did not answer. Check the address and that it is running (npm run server).`,
      'unreachable',
    );
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const failure = errorSchema.safeParse(json);
    throw failure.success
      ? new TeamApiError(failure.data.error, failure.data.code)
      : new TeamApiError(`The team server answered ${response.status}.`, 'http_error');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new TeamApiError(
      'The team server sent an answer this app does not understand.',
      'bad_answer',
    );
  }
  return parsed.data;
}

export function createTeamWorkspace(
  server: string,
  workspaceId: string,
  name: string,
): Promise<MemberGrant> {
  return call(server, '/api/workspaces', { workspaceId, name }, memberSchema);
}

export async function createInvite(
  server: string,
  workspaceId: string,
  role: TeamRole,
  token: string,
): Promise<string> {
  const path = `/api/workspaces/${encodeURIComponent(workspaceId)}/invites`;
  return (await call(server, path, { role }, inviteSchema, token)).inviteToken;
}

export function joinTeamWorkspace(
  server: string,
  inviteToken: string,
  name: string,
): Promise<MemberGrant> {
  return call(server, '/api/join', { inviteToken, name }, memberSchema);
}
