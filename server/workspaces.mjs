// @ts-check
/**
 * The shared workspaces' records (DATA_DIR/workspaces.json) and the revoked token ids
 * (DATA_DIR/revocations.json). The workspace's data itself lives in its Yjs documents; this is
 * only who may reach them and the settings the server enforces.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ApiError } from './errors.mjs';
import { SerialQueue, readJson, writeFileAtomic } from './fileStore.mjs';

/** @typedef {import('./tokens.mjs').Role} Role */

/**
 * @typedef {object} Member
 * @property {string} id
 * @property {string} name
 * @property {Role} role
 * @property {string} joinedAt ISO time
 * @property {boolean} revoked
 * @property {string} [revokedAt]
 * @property {string[]} tokenIds the jti of every token issued to this member
 */

/**
 * @typedef {object} Workspace
 * @property {string} id
 * @property {string} createdAt
 * @property {{ requiredApprovals: number }} settings
 * @property {Member[]} members arrays, not maps: no user text is ever an object key
 */

/** @typedef {{ jti: string, ws: string, memberId: string, at: string }} Revocation */

export const DEFAULT_REQUIRED_APPROVALS = 2;

/** Letters, digits, `-` and `_`: the id is part of document names (`<id>/review`) and URLs. */
export const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export class WorkspaceStore {
  #path;
  #revocationsPath;
  #queue = new SerialQueue();
  /** @type {Workspace[]} */
  #workspaces = [];
  /** @type {Revocation[]} */
  #revocations = [];
  /** @type {Set<string>} */
  #revokedIds = new Set();

  /** @param {string} dataDir */
  constructor(dataDir) {
    this.#path = join(dataDir, 'workspaces.json');
    this.#revocationsPath = join(dataDir, 'revocations.json');
  }

  async load() {
    this.#workspaces = (await readJson(this.#path, { workspaces: [] })).workspaces;
    this.#revocations = (await readJson(this.#revocationsPath, { revocations: [] })).revocations;
    this.#revokedIds = new Set(this.#revocations.map((r) => r.jti));
  }

  /** @param {string} id */
  find(id) {
    return this.#workspaces.find((w) => w.id === id);
  }

  /** @param {string} id */
  get(id) {
    const workspace = this.find(id);
    if (!workspace) {
      throw new ApiError(
        404,
        'workspace_not_found',
        `This server has no workspace "${id}"; check the server address, or share the workspace again.`,
      );
    }
    return workspace;
  }

  /** @param {string} jti */
  isRevoked(jti) {
    return this.#revokedIds.has(jti);
  }

  /**
   * @param {string} id
   * @param {string} ownerName
   * @param {Date} now
   * @returns {Promise<{ workspace: Workspace, member: Member }>}
   */
  create(id, ownerName, now) {
    return this.#change(() => {
      if (this.find(id)) {
        throw new ApiError(
          409,
          'workspace_exists',
          `A workspace "${id}" is already shared on this server; share under another id, or join it through an invite.`,
        );
      }
      const member = newMember(ownerName, 'owner', now);
      const workspace = {
        id,
        createdAt: now.toISOString(),
        settings: { requiredApprovals: DEFAULT_REQUIRED_APPROVALS },
        members: [member],
      };
      this.#workspaces.push(workspace);
      return { workspace, member };
    });
  }

  /**
   * @param {string} wsId
   * @param {string} name
   * @param {Role} role
   * @param {Date} now
   */
  addMember(wsId, name, role, now) {
    return this.#change(() => {
      const member = newMember(name, role, now);
      this.get(wsId).members.push(member);
      return member;
    });
  }

  /**
   * Remembers a token issued to a member, so revoking the member can name it.
   * @param {string} wsId
   * @param {string} memberId
   * @param {string} jti
   */
  recordToken(wsId, memberId, jti) {
    return this.#change(() => {
      this.#member(wsId, memberId).tokenIds.push(jti);
    });
  }

  /**
   * @param {string} wsId
   * @param {string} memberId
   * @param {Date} now
   */
  revokeMember(wsId, memberId, now) {
    return this.#change(async () => {
      const member = this.#member(wsId, memberId);
      if (member.role === 'owner') {
        throw new ApiError(
          409,
          'cannot_revoke_owner',
          'The owner cannot be revoked; the workspace would have no one to manage it.',
        );
      }
      const at = now.toISOString();
      member.revoked = true;
      member.revokedAt = at;
      const fresh = member.tokenIds.filter((jti) => !this.#revokedIds.has(jti));
      this.#revocations.push(...fresh.map((jti) => ({ jti, ws: wsId, memberId, at })));
      for (const jti of fresh) this.#revokedIds.add(jti);
      await writeFileAtomic(
        this.#revocationsPath,
        JSON.stringify({ revocations: this.#revocations }, null, 1),
      );
      return member;
    });
  }

  /**
   * @param {string} wsId
   * @param {number} requiredApprovals
   */
  setRequiredApprovals(wsId, requiredApprovals) {
    return this.#change(() => {
      const workspace = this.get(wsId);
      workspace.settings.requiredApprovals = requiredApprovals;
      return workspace.settings;
    });
  }

  /**
   * @param {string} wsId
   * @param {string} memberId
   */
  #member(wsId, memberId) {
    const member = this.get(wsId).members.find((m) => m.id === memberId);
    if (!member) {
      throw new ApiError(
        404,
        'member_not_found',
        'This workspace has no such member; reload the member list.',
      );
    }
    return member;
  }

  /**
   * Applies a change to the in-memory records and saves them; when the save fails the records
   * are reloaded from disk, so memory never claims what the disk does not hold.
   * @template T
   * @param {() => T | Promise<T>} change
   * @returns {Promise<T>}
   */
  #change(change) {
    return this.#queue.run(async () => {
      try {
        const result = await change();
        await writeFileAtomic(
          this.#path,
          JSON.stringify({ workspaces: this.#workspaces }, null, 1),
        );
        return result;
      } catch (error) {
        await this.load();
        throw error;
      }
    });
  }
}

/**
 * @param {string} name
 * @param {Role} role
 * @param {Date} now
 * @returns {Member}
 */
function newMember(name, role, now) {
  return {
    id: randomUUID(),
    name,
    role,
    joinedAt: now.toISOString(),
    revoked: false,
    tokenIds: [],
  };
}
