import type { WorkspaceData } from '../domain/workspaceData';
import { setChangeSource } from './changeLog';
import type { WorkspaceDb } from './schema';

/**
 * Writes a whole workspace in one transaction: a half-seeded demo would teach the wrong lesson.
 * Logged as an import: the records came in bulk from outside, nobody typed them here.
 */
export async function seedWorkspace(db: WorkspaceDb, data: WorkspaceData): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.accounts,
      db.deals,
      db.contacts,
      db.guides,
      db.questions,
      db.interviews,
      db.codes,
      db.highlights,
      db.traits,
      db.findings,
      db.icpVersions,
    ],
    async (tx) => {
      setChangeSource(tx, 'import');
      await db.accounts.bulkAdd(data.accounts);
      await db.deals.bulkAdd(data.deals);
      await db.contacts.bulkAdd(data.contacts);
      await db.guides.bulkAdd(data.guides);
      await db.questions.bulkAdd(data.questions);
      await db.interviews.bulkAdd(data.interviews);
      await db.codes.bulkAdd(data.codes);
      await db.highlights.bulkAdd(data.highlights);
      await db.traits.bulkAdd(data.traits);
      await db.findings.bulkAdd(data.findings);
      await db.icpVersions.bulkAdd(data.icpVersions);
    },
  );
}
