// @ts-check
/**
 * Durable files under DATA_DIR. Every whole-file write goes to a temporary file that is
 * fsynced and then renamed over the old one, so a crash leaves either the old or the new
 * content, never half of each. Appends are fsynced before they are reported done.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** @param {string | Uint8Array} data */
export function sha256Hex(data) {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A rename is only durable once the directory entry is on disk too.
 * @param {string} dir
 */
async function fsyncDir(dir) {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * @param {string} path
 * @param {string | Uint8Array} data
 * @param {{ mode?: number }} [options]
 */
export async function writeFileAtomic(path, data, options = {}) {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', options.mode ?? 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  await fsyncDir(dir);
}

/**
 * @param {string} path
 * @param {string} text
 */
export async function appendDurably(path, text) {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a', 0o644);
  try {
    await handle.appendFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * @param {string} path
 * @returns {Promise<Buffer | null>} null when the file does not exist
 */
export async function readIfExists(path) {
  try {
    return await readFile(path);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * @template T
 * @param {string} path
 * @param {T} fallback returned when the file does not exist
 * @returns {Promise<T>}
 */
export async function readJson(path, fallback) {
  const raw = await readIfExists(path);
  return raw === null ? fallback : JSON.parse(raw.toString('utf8'));
}

/**
 * Runs tasks one after another. Each JSON file is read-modify-written as a whole, so two
 * requests changing it at once would otherwise lose one of the changes.
 */
export class SerialQueue {
  /** @type {Promise<unknown>} */
  #tail = Promise.resolve();

  /**
   * @template T
   * @param {() => Promise<T>} task
   * @returns {Promise<T>}
   */
  run(task) {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * The Yjs documents, one file each. The file name is the sha256 of the document name, so no
 * name a client sends can reach outside the folder.
 * @param {string} dataDir
 */
export function documentFiles(dataDir) {
  const dir = join(dataDir, 'docs');
  /** @param {string} documentName */
  const pathOf = (documentName) => join(dir, `${sha256Hex(documentName)}.ydoc`);
  return {
    /** @param {string} documentName */
    async fetch(documentName) {
      const raw = await readIfExists(pathOf(documentName));
      return raw === null ? null : new Uint8Array(raw);
    },
    /**
     * @param {string} documentName
     * @param {Uint8Array} state the whole document as one Yjs update
     */
    async store(documentName, state) {
      await writeFileAtomic(pathOf(documentName), state);
    },
  };
}
