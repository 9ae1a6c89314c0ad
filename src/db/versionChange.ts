import type Dexie from 'dexie';

type Listener = () => void;
const listeners = new Set<Listener>();
let changed = false;

/**
 * Another tab is upgrading a database we hold open. Closing at once lets its upgrade run
 * instead of blocking; this tab then asks the user to reload onto the new version.
 */
export function closeOnVersionChange(db: Dexie): void {
  db.on('versionchange', () => {
    db.close();
    changed = true;
    for (const listener of listeners) listener();
    return false;
  });
}

export function subscribeVersionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasVersionChanged(): boolean {
  return changed;
}
