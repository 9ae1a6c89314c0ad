// @ts-check
/**
 * The append-only audit of review decisions: DATA_DIR/audit/<ws>.jsonl, one JSON object per
 * line. Each line's `prevHash` is the sha256 of the previous line's text (64 zeros for the
 * first), so changing or removing a line breaks the chain at the line after it. The last
 * line has no successor, so DATA_DIR/audit/<ws>.head.json keeps its seq and hash: an edit to
 * the last line or a cut-off tail shows there.
 */
import { join } from 'node:path';
import {
  SerialQueue,
  appendDurably,
  readIfExists,
  readJson,
  sha256Hex,
  writeFileAtomic,
} from './fileStore.mjs';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * @typedef {object} AuditEntry
 * @property {number} seq 1, 2, 3… per workspace
 * @property {string} at server time, ISO
 * @property {string} memberId
 * @property {string} name
 * @property {import('./tokens.mjs').Role} role
 * @property {string} versionId
 * @property {string} versionHash
 * @property {'approve' | 'request_changes'} decision
 * @property {string | null} note
 * @property {string} prevHash
 */

/** @typedef {{ ok: boolean, entries: number, brokenAt?: number }} Verification */

export class AuditLog {
  #dir;
  /** One queue per workspace: appends to one file must not interleave. */
  /** @type {Map<string, SerialQueue>} */
  #queues = new Map();

  /** @param {string} dataDir */
  constructor(dataDir) {
    this.#dir = join(dataDir, 'audit');
  }

  /**
   * @param {string} wsId
   * @param {Omit<AuditEntry, 'seq' | 'prevHash'>} decision
   * @returns {Promise<AuditEntry>}
   */
  append(wsId, decision) {
    return this.#queue(wsId).run(async () => {
      const lines = await this.#lines(wsId);
      const last = lines.at(-1);
      /** @type {AuditEntry} */
      const entry = {
        seq: lines.length + 1,
        ...decision,
        prevHash: last === undefined ? GENESIS_HASH : sha256Hex(last),
      };
      const line = JSON.stringify(entry);
      await appendDurably(this.#file(wsId), `${line}\n`);
      await writeFileAtomic(
        this.#headFile(wsId),
        JSON.stringify({ seq: entry.seq, hash: sha256Hex(line) }),
      );
      return entry;
    });
  }

  /**
   * @param {string} wsId
   * @returns {Promise<AuditEntry[]>}
   */
  async entries(wsId) {
    return (await this.#lines(wsId)).map((line) => JSON.parse(line));
  }

  /**
   * @param {string} wsId
   * @returns {Promise<Verification>}
   */
  async verify(wsId) {
    const lines = await this.#lines(wsId);
    let prevHash = GENESIS_HASH;
    for (const [index, line] of lines.entries()) {
      if (!linksTo(line, index + 1, prevHash))
        return { ok: false, entries: lines.length, brokenAt: index + 1 };
      prevHash = sha256Hex(line);
    }
    const head = await readJson(this.#headFile(wsId), { seq: 0, hash: GENESIS_HASH });
    if (head.seq !== lines.length || head.hash !== prevHash) {
      // The chain is whole but the end is not the one the server wrote: the last line was
      // edited, lines were cut off, or lines were added by hand.
      return { ok: false, entries: lines.length, brokenAt: Math.min(head.seq, lines.length) || 1 };
    }
    return { ok: true, entries: lines.length };
  }

  /** @param {string} wsId */
  async #lines(wsId) {
    const raw = await readIfExists(this.#file(wsId));
    if (raw === null) return [];
    return raw
      .toString('utf8')
      .split('\n')
      .filter((line) => line !== '');
  }

  /** @param {string} wsId */
  #queue(wsId) {
    let queue = this.#queues.get(wsId);
    if (!queue) {
      queue = new SerialQueue();
      this.#queues.set(wsId, queue);
    }
    return queue;
  }

  /** @param {string} wsId */
  #file(wsId) {
    return join(this.#dir, `${wsId}.jsonl`);
  }

  /** @param {string} wsId */
  #headFile(wsId) {
    return join(this.#dir, `${wsId}.head.json`);
  }
}

/**
 * @param {string} line
 * @param {number} seq
 * @param {string} prevHash
 */
function linksTo(line, seq, prevHash) {
  try {
    const entry = JSON.parse(line);
    return entry.seq === seq && entry.prevHash === prevHash;
  } catch {
    return false;
  }
}

/**
 * Distinct members whose latest decision on this frozen version is an approval: approving
 * twice counts once, and a later request for changes withdraws the approval.
 * @param {AuditEntry[]} entries in seq order
 * @param {string} versionHash
 */
export function approvalsOf(entries, versionHash) {
  /** @type {Map<string, AuditEntry['decision']>} */
  const latest = new Map();
  for (const entry of entries) {
    if (entry.versionHash === versionHash) latest.set(entry.memberId, entry.decision);
  }
  return [...latest].filter(([, decision]) => decision === 'approve').map(([memberId]) => memberId);
}
