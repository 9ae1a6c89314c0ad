// @ts-check
/**
 * The JSON API beside the WebSocket (docs/team-server.md lists every route). Auth is a
 * bearer token, never a cookie, so any origin may call it and CORS allows no credentials.
 */
import { ApiError, badRequest } from './errors.mjs';
import { approvalsOf } from './audit.mjs';
import {
  DEFAULT_INVITE_HOURS,
  MAX_INVITE_HOURS,
  ROLES,
  signInviteToken,
  signMemberToken,
  verifyInviteToken,
  verifyMemberToken,
} from './tokens.mjs';
import { WORKSPACE_ID } from './workspaces.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./tokens.mjs').Role} Role */
/** @typedef {import('./tokens.mjs').MemberClaims} MemberClaims */

export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_NAME = 100;
const MAX_NOTE = 4000;

/**
 * @typedef {object} ApiDeps
 * @property {Uint8Array} key the token signing key
 * @property {import('./workspaces.mjs').WorkspaceStore} workspaces
 * @property {import('./audit.mjs').AuditLog} audit
 * @property {(wsId: string, memberId: string) => void} disconnectMember
 * @property {() => Date} now
 */

const HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * @typedef {object} Call
 * @property {Request} request
 * @property {Record<string, string>} params from the path
 * @property {URLSearchParams} query
 * @property {() => Promise<Record<string, unknown>>} body
 */

/** @typedef {(call: Call, deps: ApiDeps) => Promise<[number, unknown]>} Handler */

/** @type {Array<[string, RegExp, Handler]>} */
const ROUTES = [
  ['GET', /^\/api\/health$/, async () => [200, { ok: true }]],
  ['POST', /^\/api\/workspaces$/, createWorkspace],
  ['GET', /^\/api\/workspaces\/(?<ws>[^/]+)$/, getWorkspace],
  ['POST', /^\/api\/workspaces\/(?<ws>[^/]+)\/invites$/, createInvite],
  ['POST', /^\/api\/join$/, join],
  ['GET', /^\/api\/workspaces\/(?<ws>[^/]+)\/members$/, listMembers],
  ['POST', /^\/api\/workspaces\/(?<ws>[^/]+)\/revoke$/, revoke],
  ['PUT', /^\/api\/workspaces\/(?<ws>[^/]+)\/settings$/, putSettings],
  ['POST', /^\/api\/workspaces\/(?<ws>[^/]+)\/decisions$/, recordDecision],
  ['GET', /^\/api\/workspaces\/(?<ws>[^/]+)\/decisions$/, listDecisions],
  ['GET', /^\/api\/workspaces\/(?<ws>[^/]+)\/audit\/verify$/, verifyAudit],
];

/**
 * Answers every HTTP request the WebSocket upgrade does not take.
 * @param {ApiDeps} deps
 * @returns {(request: Request, response: Response) => Promise<void>}
 */
export function createRequestHandler(deps) {
  return async (request, response) => {
    try {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, HEADERS).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      const matches = ROUTES.filter(([, pattern]) => pattern.test(url.pathname));
      const route = matches.find(([method]) => method === request.method);
      if (!route) {
        throw matches.length > 0
          ? new ApiError(405, 'method_not_allowed', `${request.method} is not allowed here.`)
          : new ApiError(404, 'not_found', `There is no ${url.pathname} on this server.`);
      }
      const [, pattern, handler] = route;
      const params = decodeParams(pattern.exec(url.pathname)?.groups ?? {});
      const [status, payload] = await handler(
        { request, params, query: url.searchParams, body: () => readJsonBody(request) },
        deps,
      );
      send(response, status, payload);
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.status === 413) response.setHeader('Connection', 'close');
        send(response, error.status, error);
        return;
      }
      console.error('Request failed:', request.method, request.url, error);
      send(
        response,
        500,
        new ApiError(
          500,
          'internal',
          'The server could not complete this request; try again, and see the server log if it keeps failing.',
        ),
      );
    }
  };
}

/**
 * @param {Response} response
 * @param {number} status
 * @param {unknown} payload
 */
function send(response, status, payload) {
  if (response.headersSent) return;
  response.writeHead(status, { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(payload));
}

/** @param {Record<string, string>} groups */
function decodeParams(groups) {
  try {
    return Object.fromEntries(
      Object.entries(groups).map(([name, value]) => [name, decodeURIComponent(value)]),
    );
  } catch {
    throw badRequest('The address is not valid; check the workspace id in it.');
  }
}

/**
 * Reads at most MAX_BODY_BYTES. A larger body is refused as soon as it is known to be too
 * large; the rest is drained and discarded so the client can read the 413.
 * @param {Request} request
 * @returns {Promise<Record<string, unknown>>}
 */
async function readJsonBody(request) {
  const tooLarge = () =>
    new ApiError(
      413,
      'body_too_large',
      `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send less at once.`,
    );
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    request.resume();
    throw tooLarge();
  }
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      request.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('The request body must be a JSON object.');
  }
  return parsed;
}

// ---- checks ----------------------------------------------------------------------------

/**
 * @param {unknown} value
 * @param {string} field what the user calls it
 * @param {number} max
 */
function requireText(value, field, max) {
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`Enter ${field}.`);
  const text = value.trim();
  if (text.length > max) throw badRequest(`Shorten ${field} to at most ${max} characters.`);
  return text;
}

/**
 * The member behind the request's bearer token, checked against revocations, the member list
 * and the workspace in the path.
 * @param {Call} call
 * @param {ApiDeps} deps
 * @param {readonly Role[]} roles who may do this
 * @param {string} action what they are trying to do, for the 403 sentence
 */
async function authorize(call, deps, roles, action) {
  const header = call.request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw new ApiError(
      401,
      'token_missing',
      'Sign in to this workspace first: the request carried no access token.',
    );
  }
  const claims = await verifyMemberToken(deps.key, match[1]);
  const workspace = deps.workspaces.get(call.params.ws ?? '');
  checkMember(deps, claims, workspace.id);
  if (!roles.includes(claims.role)) {
    throw new ApiError(
      403,
      'forbidden_role',
      `As ${article(claims.role)} ${claims.role} you cannot ${action}; ask the owner.`,
    );
  }
  return { claims, workspace };
}

/**
 * What every use of a member token checks beyond its signature; the WebSocket uses it too.
 * @param {Pick<ApiDeps, 'workspaces'>} deps
 * @param {MemberClaims} claims
 * @param {string} wsId the workspace the token is used for
 */
export function checkMember(deps, claims, wsId) {
  const workspace = deps.workspaces.get(claims.ws);
  const member = workspace.members.find((m) => m.id === claims.sub);
  if (deps.workspaces.isRevoked(claims.jti) || !member || member.revoked) {
    throw new ApiError(
      401,
      'revoked',
      'Your access to this workspace was revoked; ask the owner if you need it again.',
    );
  }
  if (claims.ws !== wsId) {
    throw new ApiError(
      403,
      'wrong_workspace',
      'Your access token is for another workspace; open this one through its own invite.',
    );
  }
  return member;
}

/** @param {string} word */
const article = (word) => (/^[aeiou]/.test(word) ? 'an' : 'a');

// ---- handlers ----------------------------------------------------------------------------

/** @type {Handler} */
async function createWorkspace(call, deps) {
  const body = await call.body();
  const id = body.workspaceId;
  if (typeof id !== 'string' || !WORKSPACE_ID.test(id)) {
    throw badRequest(
      'The workspace id must be 1 to 64 letters, digits, "-" or "_"; the app makes one for you.',
    );
  }
  const name = requireText(body.name, 'your name', MAX_NAME);
  const { workspace, member } = await deps.workspaces.create(id, name, deps.now());
  const token = await issueMemberToken(deps, workspace.id, member);
  return [
    201,
    { workspaceId: workspace.id, memberId: member.id, role: member.role, name, ...token },
  ];
}

/** @type {Handler} */
async function getWorkspace(call, deps) {
  const { claims, workspace } = await authorize(call, deps, ROLES, 'read this workspace');
  return [
    200,
    {
      workspaceId: workspace.id,
      createdAt: workspace.createdAt,
      settings: workspace.settings,
      you: { memberId: claims.sub, name: claims.name, role: claims.role },
    },
  ];
}

/** @type {Handler} */
async function createInvite(call, deps) {
  const { workspace } = await authorize(call, deps, ['owner'], 'invite people');
  const body = await call.body();
  const role = /** @type {Role} */ (body.role);
  if (!ROLES.includes(role))
    throw badRequest('Choose the role to invite: owner, editor or reviewer.');
  const hours = body.expiresInHours ?? DEFAULT_INVITE_HOURS;
  if (typeof hours !== 'number' || !(hours > 0) || hours > MAX_INVITE_HOURS) {
    throw badRequest(`An invite lasts more than 0 and at most ${MAX_INVITE_HOURS} hours.`);
  }
  const exp = Math.floor(deps.now().getTime() / 1000 + hours * 3600);
  const inviteToken = await signInviteToken(deps.key, { ws: workspace.id, role }, exp);
  return [201, { inviteToken, role, expiresAt: new Date(exp * 1000).toISOString() }];
}

/** @type {Handler} */
async function join(call, deps) {
  const body = await call.body();
  if (typeof body.inviteToken !== 'string' || body.inviteToken === '') {
    throw new ApiError(401, 'invite_invalid', 'Open the whole invite link: it carries no invite.');
  }
  const invite = await verifyInviteToken(deps.key, body.inviteToken);
  const name = requireText(body.name, 'your name', MAX_NAME);
  const member = await deps.workspaces.addMember(invite.ws, name, invite.role, deps.now());
  const token = await issueMemberToken(deps, invite.ws, member);
  return [201, { workspaceId: invite.ws, memberId: member.id, role: member.role, name, ...token }];
}

/**
 * @param {ApiDeps} deps
 * @param {string} wsId
 * @param {import('./workspaces.mjs').Member} member
 */
async function issueMemberToken(deps, wsId, member) {
  const { token, claims } = await signMemberToken(deps.key, {
    memberId: member.id,
    name: member.name,
    role: member.role,
    ws: wsId,
  });
  await deps.workspaces.recordToken(wsId, member.id, claims.jti);
  return { token, expiresAt: new Date(claims.exp * 1000).toISOString() };
}

/** @type {Handler} */
async function listMembers(call, deps) {
  const { workspace } = await authorize(call, deps, ROLES, 'see the members');
  const members = workspace.members.map((m) => ({
    memberId: m.id,
    name: m.name,
    role: m.role,
    joinedAt: m.joinedAt,
    revoked: m.revoked,
    ...(m.revokedAt ? { revokedAt: m.revokedAt } : {}),
  }));
  return [200, { members }];
}

/** @type {Handler} */
async function revoke(call, deps) {
  const { workspace } = await authorize(call, deps, ['owner'], 'revoke members');
  const body = await call.body();
  if (typeof body.memberId !== 'string') throw badRequest('Choose the member to revoke.');
  const member = await deps.workspaces.revokeMember(workspace.id, body.memberId, deps.now());
  deps.disconnectMember(workspace.id, member.id);
  return [200, { memberId: member.id, revoked: true, revokedAt: member.revokedAt }];
}

/** @type {Handler} */
async function putSettings(call, deps) {
  const { workspace } = await authorize(call, deps, ['owner'], 'change workspace settings');
  const body = await call.body();
  const required = body.requiredApprovals;
  if (
    typeof required !== 'number' ||
    !Number.isInteger(required) ||
    required < 1 ||
    required > 10
  ) {
    throw badRequest('Approvals needed must be a whole number from 1 to 10.');
  }
  const settings = await deps.workspaces.setRequiredApprovals(workspace.id, required);
  return [200, { settings }];
}

/**
 * Editors decide too: DOMAIN.md §6 has "the team" review and sign off, and in a small team the
 * people who coded the tour are the ones who sign it. What makes a sign-off count is distinct
 * authenticated people, and each entry records the role it was made in.
 */
const DECIDERS = /** @type {const} */ (['owner', 'editor', 'reviewer']);

/** @type {Handler} */
async function recordDecision(call, deps) {
  const { claims, workspace } = await authorize(call, deps, DECIDERS, 'decide on reviews');
  const body = await call.body();
  const versionId = requireText(body.versionId, 'the version id', 200);
  const versionHash = body.versionHash;
  if (typeof versionHash !== 'string' || !/^[0-9a-f]{64}$/.test(versionHash)) {
    throw badRequest('The version hash must be the 64 lower-case hex digits of a SHA-256.');
  }
  const decision = body.decision;
  if (decision !== 'approve' && decision !== 'request_changes') {
    throw badRequest('The decision must be "approve" or "request_changes".');
  }
  const note =
    body.note === undefined || body.note === null || body.note === ''
      ? null
      : requireText(body.note, 'the note', MAX_NOTE);
  const entry = await deps.audit.append(workspace.id, {
    at: deps.now().toISOString(),
    memberId: claims.sub,
    name: claims.name,
    role: claims.role,
    versionId,
    versionHash,
    decision,
    note,
  });
  return [201, entry];
}

/** @type {Handler} */
async function listDecisions(call, deps) {
  const { workspace } = await authorize(call, deps, ROLES, 'read the decisions');
  const versionId = call.query.get('versionId');
  if (!versionId) throw badRequest('Name the version: add ?versionId= to the address.');
  const entries = (await deps.audit.entries(workspace.id)).filter((e) => e.versionId === versionId);
  // The frozen version the approvals are counted for: the one asked about, else the one decided
  // on last. Approvals of an earlier freeze of the same version do not carry over.
  const versionHash = call.query.get('versionHash') ?? entries.at(-1)?.versionHash ?? null;
  const approvedBy = versionHash === null ? [] : approvalsOf(entries, versionHash);
  return [
    200,
    {
      entries,
      versionHash,
      approvals: approvedBy.length,
      approvedBy,
      required: workspace.settings.requiredApprovals,
    },
  ];
}

/** @type {Handler} */
async function verifyAudit(call, deps) {
  const { workspace } = await authorize(call, deps, ROLES, 'verify the audit');
  return [200, await deps.audit.verify(workspace.id)];
}
