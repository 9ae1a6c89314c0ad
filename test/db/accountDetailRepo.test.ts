import { describe, expect, it } from 'vitest';
import { getAccountDetail } from '../../src/db/accountDetailRepo';
import { WorkspaceDb } from '../../src/db/schema';
import type { Account } from '../../src/domain/schemas/account';
import type { Code } from '../../src/domain/schemas/code';
import type { Contact } from '../../src/domain/schemas/contact';
import type { Deal } from '../../src/domain/schemas/deal';
import type { Highlight } from '../../src/domain/schemas/highlight';
import type { Interview } from '../../src/domain/schemas/interview';
import { accountRecord, contactRecord, dealRecord, interviewRecord } from '../fixtures/records';
import { freshDb } from './freshDb';

const AT = '2026-03-01T10:00:00.000Z';

const base = (id: string) => ({ id, createdAt: AT, updatedAt: AT });

function account(id: string, name: string): Account {
  return accountRecord({ ...base(id), name });
}

function deal(id: string, accountId: string, createdOn: string | null): Deal {
  return dealRecord({ ...base(id), accountId, name: `Deal ${id}`, stage: 'open', createdOn });
}

function contact(id: string, accountId: string, name: string): Contact {
  return contactRecord({ ...base(id), accountId, name });
}

function interview(id: string, accountId: string, date: string): Interview {
  return interviewRecord({
    ...base(id),
    accountId,
    date,
    interviewer: 'Priya Raman',
    notes: 'Reporting takes all Friday.',
    status: 'done',
  });
}

function code(id: string, name: string): Code {
  return {
    ...base(id),
    name,
    kind: 'pain_point',
    description: null,
    colour: '#b82e2e',
    parentId: null,
    pinned: false,
  };
}

function quote(id: string, accountId: string, codeIds: string[]): Highlight {
  return {
    ...base(id),
    interviewId: `int-${accountId}`,
    accountId,
    codeIds,
    traitIds: [],
    anchor: { exact: 'Reporting', prefix: '', suffix: '', start: 0, end: 9, source: 'notes' },
    speaker: null,
    comment: null,
  };
}

/** Acme has two of everything, Globex one of each, so leaks between accounts would show. */
async function seed(db: WorkspaceDb) {
  await db.accounts.bulkAdd([account('acme', 'Acme'), account('globex', 'Globex')]);
  await db.deals.bulkAdd([
    deal('d-old', 'acme', '2025-01-10'),
    deal('d-undated', 'acme', null),
    deal('d-new', 'acme', '2026-02-01'),
    deal('d-globex', 'globex', '2026-03-01'),
  ]);
  await db.contacts.bulkAdd([
    contact('c-zoe', 'acme', 'Zoë Park'),
    contact('c-ana', 'acme', 'Ana Lima'),
    contact('c-globex', 'globex', 'Bo Chen'),
  ]);
  await db.interviews.bulkAdd([
    interview('i-first', 'acme', '2026-01-05'),
    interview('i-second', 'acme', '2026-02-20'),
    interview('i-globex', 'globex', '2026-02-21'),
  ]);
  await db.codes.bulkAdd([code('manual', 'Manual reporting'), code('trust', 'No trust in data')]);
  await db.highlights.bulkAdd([
    quote('q1', 'acme', ['trust', 'manual']),
    quote('q2', 'acme', ['deleted-code', 'manual']),
    quote('q3', 'acme', []),
    quote('q-globex', 'globex', ['manual']),
  ]);
}

describe('getAccountDetail', () => {
  it('returns nothing for an account that does not exist', async () => {
    const db = freshDb();
    await seed(db);
    expect(await getAccountDetail(db, 'missing')).toBeNull();
  });

  it('shows only the account’s own deals, contacts, interviews and quotes', async () => {
    const db = freshDb();
    await seed(db);
    const detail = await getAccountDetail(db, 'acme');
    expect(detail?.account.name).toBe('Acme');
    expect(detail?.deals.every((d) => d.accountId === 'acme')).toBe(true);
    expect(detail?.contacts.map((c) => c.id).sort()).toEqual(['c-ana', 'c-zoe']);
    expect(detail?.interviews.map((i) => i.id).sort()).toEqual(['i-first', 'i-second']);
    expect(detail?.quotes.map((q) => q.highlight.id).sort()).toEqual(['q1', 'q2', 'q3']);
  });

  it('lists the newest deal and interview first, undated deals last, contacts by name', async () => {
    const db = freshDb();
    await seed(db);
    const detail = await getAccountDetail(db, 'acme');
    expect(detail?.deals.map((d) => d.id)).toEqual(['d-new', 'd-old', 'd-undated']);
    expect(detail?.interviews.map((i) => i.id)).toEqual(['i-second', 'i-first']);
    expect(detail?.contacts.map((c) => c.name)).toEqual(['Ana Lima', 'Zoë Park']);
  });

  it('gives each quote its codes in the quote’s order, skipping codes since deleted', async () => {
    const db = freshDb();
    await seed(db);
    const detail = await getAccountDetail(db, 'acme');
    const codesOf = new Map(
      detail?.quotes.map((q) => [q.highlight.id, q.codes.map((c) => c.name)]),
    );
    expect(codesOf.get('q1')).toEqual(['No trust in data', 'Manual reporting']);
    expect(codesOf.get('q2')).toEqual(['Manual reporting']);
    expect(codesOf.get('q3')).toEqual([]);
  });

  it('shows a new account with nothing attached as empty lists', async () => {
    const db = freshDb();
    await db.accounts.add(account('fresh', 'Fresh Co'));
    expect(await getAccountDetail(db, 'fresh')).toEqual({
      account: account('fresh', 'Fresh Co'),
      deals: [],
      contacts: [],
      interviews: [],
      quotes: [],
    });
  });
});
