import type { Account } from '../domain/schemas/account';
import type { Code } from '../domain/schemas/code';
import type { Contact } from '../domain/schemas/contact';
import type { Deal } from '../domain/schemas/deal';
import type { Highlight } from '../domain/schemas/highlight';
import type { Interview } from '../domain/schemas/interview';
import type { WorkspaceDb } from './schema';

export interface AccountDetail {
  account: Account;
  deals: Deal[];
  contacts: Contact[];
  interviews: Interview[];
  quotes: { highlight: Highlight; codes: Code[] }[];
}

/** Everything the account page shows, read in one transaction so the parts agree. */
export async function getAccountDetail(db: WorkspaceDb, id: string): Promise<AccountDetail | null> {
  return db.transaction(
    'r',
    [db.accounts, db.deals, db.contacts, db.interviews, db.highlights, db.codes],
    async () => {
      const account = await db.accounts.get(id);
      if (!account) return null;
      const [deals, contacts, interviews, highlights] = await Promise.all([
        db.deals.where('accountId').equals(id).toArray(),
        db.contacts.where('accountId').equals(id).toArray(),
        db.interviews.where('accountId').equals(id).toArray(),
        db.highlights.where('accountId').equals(id).toArray(),
      ]);
      const codeIds = [...new Set(highlights.flatMap((h) => h.codeIds))];
      const codes = new Map(
        (await db.codes.bulkGet(codeIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])),
      );
      return {
        account,
        deals: deals.sort((a, b) => (b.createdOn ?? '').localeCompare(a.createdOn ?? '')),
        contacts: contacts.sort((a, b) => a.name.localeCompare(b.name)),
        interviews: interviews.sort((a, b) => b.date.localeCompare(a.date)),
        quotes: highlights.map((highlight) => ({
          highlight,
          codes: highlight.codeIds.flatMap((cid) => codes.get(cid) ?? []),
        })),
      };
    },
  );
}
