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
