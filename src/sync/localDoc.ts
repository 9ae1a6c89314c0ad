/**
 * The shared doc's copy on this device, kept in its own IndexedDB database by y-indexeddb, so
 * edits made offline survive a reload and go out on the next connection, and a reload does not
 * download the whole workspace again. Dexie stays what the screens read (syncBridge.ts).
 */
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import type * as Y from 'yjs';

/** One per workspace database, beside it: `tourbook-ws-<id>` keeps its doc in `…-sync`. */
export function localDocName(dbName: string): string {
  return `${dbName}-sync`;
}

/** Resolves once the stored state is loaded into `doc`. */
export async function persistDoc(dbName: string, doc: Y.Doc): Promise<IndexeddbPersistence> {
  const persistence = new IndexeddbPersistence(localDocName(dbName), doc);
  await persistence.whenSynced;
  return persistence;
}

/** For a deleted workspace: its doc goes with it. */
export function deleteLocalDoc(dbName: string): Promise<void> {
  return clearDocument(localDocName(dbName));
}
