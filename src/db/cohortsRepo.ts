import { isUserSet } from '../domain/cohortRules';
import type { Account } from '../domain/schemas/account';
import type { Cohort } from '../domain/schemas/cohort';
import type { Deal } from '../domain/schemas/deal';
import { listAccounts } from './accountsRepo';
import { setChangeSource } from './changeLog';
import type { WorkspaceDb } from './schema';

export interface CohortInputs {
  accounts: Account[];
  deals: Deal[];
}

/** Everything the cohort rules and the overview read, from one consistent snapshot. */
export async function loadCohortInputs(db: WorkspaceDb): Promise<CohortInputs> {
  return db.transaction('r', db.accounts, db.deals, async () => ({
    accounts: await listAccounts(db),
    deals: await db.deals.toArray(),
  }));
}

/** An account's cohort fields before a bulk apply, and what the apply wrote over them. */
export interface CohortBeforeImage {
  accountId: string;
  cohort: Cohort | null;
  cohortSource: Account['cohortSource'];
  updatedAt: string;
  /** Lets undo tell whether the account was changed again after the apply. */
  applied: { cohort: Cohort; updatedAt: string };
}

/**
 * Writes the rules' cohorts in one transaction and returns what they replaced, for undo.
 * Each account is re-read inside the transaction: one the user has since set by hand (in this
 * tab or another) or deleted is skipped, so a stale suggestion can never overwrite the user.
 */
export async function applyCohortSuggestions(
  db: WorkspaceDb,
  changedAccounts: readonly Account[],
  now: string,
): Promise<CohortBeforeImage[]> {
  return db.transaction('rw', db.accounts, async () => {
    const stored = await db.accounts.bulkGet(changedAccounts.map((account) => account.id));
    const before: CohortBeforeImage[] = [];
    changedAccounts.forEach((changed, index) => {
      const current = stored[index];
      if (!current || changed.cohort === null || isUserSet(current)) return;
      if (current.cohort === changed.cohort && current.cohortSource === 'rule') return;
      before.push({
        accountId: current.id,
        cohort: current.cohort,
        cohortSource: current.cohortSource,
        updatedAt: current.updatedAt,
        applied: { cohort: changed.cohort, updatedAt: now },
      });
    });
    await db.accounts.bulkUpdate(
      before.map((image) => ({
        key: image.accountId,
        changes: { cohort: image.applied.cohort, cohortSource: 'rule' as const, updatedAt: now },
      })),
    );
    return before;
  });
}

/**
 * Undoes an apply in one transaction: how many accounts it restored, and how many it kept
 * because their cohort changed again since the apply (that newer choice stands). An account
 * untouched since gets its updatedAt back too, so it is exactly as it was; one edited otherwise
 * keeps that edit and is dated now. An account deleted since is neither.
 */
export async function restoreCohorts(
  db: WorkspaceDb,
  beforeImages: readonly CohortBeforeImage[],
  now: string,
): Promise<{ restored: number; kept: number }> {
  return db.transaction('rw', db.accounts, async (tx) => {
    setChangeSource(tx, 'undo');
    const stored = await db.accounts.bulkGet(beforeImages.map((image) => image.accountId));
    let kept = 0;
    const updates = beforeImages.flatMap((image, index) => {
      const current = stored[index];
      if (!current) return [];
      if (current.cohort !== image.applied.cohort || current.cohortSource !== 'rule') {
        kept += 1;
        return [];
      }
      const untouched = current.updatedAt === image.applied.updatedAt;
      return [
        {
          key: image.accountId,
          changes: {
            cohort: image.cohort,
            cohortSource: image.cohortSource,
            updatedAt: untouched ? image.updatedAt : now,
          },
        },
      ];
    });
    await db.accounts.bulkUpdate(updates);
    return { restored: updates.length, kept };
  });
}
