// @ts-check
/**
 * Member and invite tokens: HS256 JWTs signed with the server secret. The JWT `typ` header
 * keeps the two apart, so an invite link can never be used as a member's credential.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';
import { ApiError } from './errors.mjs';

/** @typedef {'owner' | 'editor' | 'reviewer'} Role */
export const ROLES = /** @type {const} */ (['owner', 'editor', 'reviewer']);

const MEMBER_TYP = 'tourbook-member+jwt';
const INVITE_TYP = 'tourbook-invite+jwt';

/** Members keep working for this long without a new token. */
export const MEMBER_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
export const DEFAULT_INVITE_HOURS = 72;
export const MAX_INVITE_HOURS = 30 * 24;

/**
 * @typedef {object} MemberClaims
 * @property {string} sub member id
 * @property {string} name display name
 * @property {Role} role
 * @property {string} ws workspace id
 * @property {string} jti token id, what revocation names
 * @property {number} exp seconds since the epoch
 */

/**
 * @typedef {object} InviteClaims
 * @property {Role} role
 * @property {string} ws
 * @property {string} jti
 * @property {number} exp
 */

/**
 * @param {Uint8Array} key
 * @param {string} typ
 * @param {Record<string, unknown>} claims
 * @param {number} exp
 */
function sign(key, typ, claims, exp) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ })
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key);
}

/**
 * @param {Uint8Array} key
 * @param {{ memberId: string, name: string, role: Role, ws: string }} member
 * @param {number} [exp] seconds since the epoch; tests pass one in the past
 */
export async function signMemberToken(key, member, exp) {
  const expiresAt = exp ?? Math.floor(Date.now() / 1000) + MEMBER_TOKEN_TTL_SECONDS;
  const token = await sign(
    key,
    MEMBER_TYP,
    { sub: member.memberId, name: member.name, role: member.role, ws: member.ws },
    expiresAt,
  );
  return { token, claims: /** @type {MemberClaims} */ (decodeJwt(token)) };
}

/**
 * @param {Uint8Array} key
 * @param {{ ws: string, role: Role }} invite
 * @param {number} exp seconds since the epoch
 */
export async function signInviteToken(key, invite, exp) {
  return sign(key, INVITE_TYP, { ws: invite.ws, role: invite.role }, exp);
}

/**
 * @param {Uint8Array} key
 * @param {string} token
 * @returns {Promise<MemberClaims>}
 */
export function verifyMemberToken(key, token) {
  return /** @type {Promise<MemberClaims>} */ (readClaims(key, token, MEMBER_TYP, 'member'));
}

/**
 * @param {Uint8Array} key
 * @param {string} token
 * @returns {Promise<InviteClaims>}
 */
export function verifyInviteToken(key, token) {
  return /** @type {Promise<InviteClaims>} */ (readClaims(key, token, INVITE_TYP, 'invite'));
}

/**
 * @param {Uint8Array} key
 * @param {string} token
 * @param {string} typ
 * @param {'member' | 'invite'} kind
 */
async function readClaims(key, token, typ, kind) {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], typ });
    const role = /** @type {unknown} */ (payload.role);
    if (
      typeof payload.ws !== 'string' ||
      typeof payload.jti !== 'string' ||
      typeof payload.exp !== 'number' ||
      !ROLES.includes(/** @type {Role} */ (role)) ||
      (kind === 'member' && (typeof payload.sub !== 'string' || typeof payload.name !== 'string'))
    ) {
      throw new errors.JWTClaimValidationFailed('missing claim', payload);
    }
    return payload;
  } catch (error) {
    throw tokenError(error, kind);
  }
}

/**
 * @param {unknown} error
 * @param {'member' | 'invite'} kind
 */
function tokenError(error, kind) {
  if (error instanceof errors.JWTExpired) {
    return kind === 'invite'
      ? new ApiError(
          401,
          'invite_expired',
          'This invite has expired; ask the owner for a new link.',
        )
      : new ApiError(
          401,
          'token_expired',
          'Your access to this workspace has expired; ask the owner for a new invite.',
        );
  }
  if (error instanceof errors.JOSEError) {
    return kind === 'invite'
      ? new ApiError(
          401,
          'invite_invalid',
          'This invite link is not valid here; check that it was copied whole, or ask the owner for a new one.',
        )
      : new ApiError(
          401,
          'token_invalid',
          'This server does not recognise your access token; join the workspace again through an invite.',
        );
  }
  return error;
}
