import { afterEach } from 'vitest';
import { WorkspaceDb } from '../../src/db/schema';

const open: WorkspaceDb[] = [];

/** A new, empty workspace database for one test; deleted after it. */
export function freshDb(): WorkspaceDb {
  const db = new WorkspaceDb(`tourbook-ws-test-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});
