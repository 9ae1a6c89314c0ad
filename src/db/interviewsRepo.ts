import type { Account } from '../domain/schemas/account';
import type { Interview } from '../domain/schemas/interview';
import type { WorkspaceDb } from './schema';

export interface InterviewListRow {
  interview: Interview;
  account: Account | undefined;
}

/** Newest first: the listening tour is reviewed from the latest call back. */
export async function listInterviewsWithAccounts(db: WorkspaceDb): Promise<InterviewListRow[]> {
  const interviews = await db.interviews.orderBy('date').reverse().toArray();
  const accountIds = [...new Set(interviews.map((i) => i.accountId))];
  const accounts = await db.accounts.bulkGet(accountIds);
  const byId = new Map<string, Account>();
  for (const account of accounts) if (account) byId.set(account.id, account);
  return interviews.map((interview) => ({ interview, account: byId.get(interview.accountId) }));
}
