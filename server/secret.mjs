// @ts-check
/**
 * The token signing secret: TOURBOOK_SERVER_SECRET when set, else DATA_DIR/secret, made on the
 * first start (mode 0600) and reused, so tokens survive restarts.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readIfExists, writeFileAtomic } from './fileStore.mjs';

const MIN_SECRET_LENGTH = 32;

/**
 * @param {string} dataDir
 * @param {string | undefined} fromEnv
 * @returns {Promise<{ key: Uint8Array, source: 'environment' | 'file' | 'generated' }>}
 */
export async function loadSecret(dataDir, fromEnv) {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `TOURBOOK_SERVER_SECRET is too short: use at least ${MIN_SECRET_LENGTH} random characters, or unset it to have one generated.`,
      );
    }
    return { key: new TextEncoder().encode(fromEnv), source: 'environment' };
  }
  const path = join(dataDir, 'secret');
  const stored = await readIfExists(path);
  if (stored !== null) {
    const text = stored.toString('utf8').trim();
    if (text.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `${path} holds no usable secret; delete it to have a new one made (every member will need a new invite).`,
      );
    }
    return { key: new TextEncoder().encode(text), source: 'file' };
  }
  const secret = randomBytes(48).toString('base64url');
  await writeFileAtomic(path, `${secret}\n`, { mode: 0o600 });
  return { key: new TextEncoder().encode(secret), source: 'generated' };
}
