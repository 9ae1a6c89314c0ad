import { friendlyStorageError } from '../db/storageErrors';

/**
 * The one place an error becomes a sentence for the user. Typed errors carry their own message
 * (written for the user where they are thrown); the browser's and Dexie's errors are translated
 * here, so no screen shows "ConstraintError" or "[object Object]".
 */
export function errorText(error: unknown, failed?: string): string {
  const sentence = describe(friendlyStorageError(error));
  return failed ? `${failed}: ${sentence}` : sentence;
}

const DEXIE_SENTENCES: Record<string, string> = {
  ConstraintError: 'A record with the same key already exists, so nothing was saved.',
  DatabaseClosedError:
    'The workspace was closed (another tab may have upgraded it). Reload the page and try again.',
  VersionError: 'This workspace was saved by a newer Tourbook. Reload the page to update.',
};

function describe(error: unknown): string {
  if (error instanceof Error) {
    const known = Object.hasOwn(DEXIE_SENTENCES, error.name) ? DEXIE_SENTENCES[error.name] : null;
    return known ?? error.message;
  }
  return String(error);
}
