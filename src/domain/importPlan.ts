/**
 * Exactly what an import will write, computed before the write: src/db/importRepo.ts applies
 * a plan in one transaction and keeps what it needs to undo it. Pure data, domain types only.
 */
import type { Account } from './schemas/account';
import type { Deal } from './schemas/deal';

export interface RecordUpdate<T> {
  /** The stored record the plan was computed from; the commit refuses if it has changed. */
  before: T;
  after: T;
}

interface ImportPlanBase {
  importId: string;
  fileName: string;
  preset: string;
  /** Data rows in the file, refused ones included. */
  rowCount: number;
  /** ISO date-time stamped on every record written. */
  now: string;
  /** Rows left out because the user chose to skip them as duplicates. */
  skipped: number;
}

export interface AccountImportPlan extends ImportPlanBase {
  kind: 'accounts';
  createAccounts: Account[];
  updateAccounts: RecordUpdate<Account>[];
}

export interface DealImportPlan extends ImportPlanBase {
  kind: 'deals';
  /** Accounts a deal names that the workspace does not have yet, with what the file says of them. */
  createAccounts: Account[];
  /** Stored accounts whose blanks the file fills, or whose values the user chose to replace. */
  updateAccounts: RecordUpdate<Account>[];
  createDeals: Deal[];
  updateDeals: RecordUpdate<Deal>[];
}

/** Every record the commit writes, accounts a deal import creates included. */
export function recordsToWrite(plan: AccountImportPlan | DealImportPlan): number {
  return plan.kind === 'accounts'
    ? plan.createAccounts.length + plan.updateAccounts.length
    : plan.createAccounts.length +
        plan.updateAccounts.length +
        plan.createDeals.length +
        plan.updateDeals.length;
}

interface Stamped {
  createdAt: string;
  updatedAt: string;
}

const createdAt = <T extends Stamped>(record: T, now: string): T => ({
  ...record,
  createdAt: now,
  updatedAt: now,
});

const updatedAt = <T extends Stamped>(update: RecordUpdate<T>, now: string): RecordUpdate<T> => ({
  before: update.before,
  after: { ...update.after, updatedAt: now },
});

/**
 * The plan as written at `now`. The review plans once, for the counts it shows, and the commit
 * writes that plan rather than planning every row again; its records carry the time they are
 * written, not the time they were reviewed. Ids, decisions and before-images stay as planned.
 */
export function planWrittenAt(plan: AccountImportPlan, now: string): AccountImportPlan;
export function planWrittenAt(plan: DealImportPlan, now: string): DealImportPlan;
export function planWrittenAt(
  plan: AccountImportPlan | DealImportPlan,
  now: string,
): AccountImportPlan | DealImportPlan;
export function planWrittenAt(
  plan: AccountImportPlan | DealImportPlan,
  now: string,
): AccountImportPlan | DealImportPlan {
  const accounts = {
    now,
    createAccounts: plan.createAccounts.map((a) => createdAt(a, now)),
    updateAccounts: plan.updateAccounts.map((u) => updatedAt(u, now)),
  };
  if (plan.kind === 'accounts') return { ...plan, ...accounts };
  return {
    ...plan,
    ...accounts,
    createDeals: plan.createDeals.map((d) => createdAt(d, now)),
    updateDeals: plan.updateDeals.map((u) => updatedAt(u, now)),
  };
}
