import { afterEach, describe, expect, it } from 'vitest';
import { subscribeToAccounts } from '../../src/db/accountsRepo';
import { WorkspaceDb } from '../../src/db/schema';
import type { Account } from '../../src/domain/schemas/account';
import { accountRecord } from '../fixtures/records';
import { freshDb } from './freshDb';

const account = (id: string, name: string, fields: Partial<Account> = {}): Account =>
  accountRecord({ id, name, ...fields });

/** Each list the subscription delivers, awaited one at a time. */
function follow(db: WorkspaceDb) {
  const lists: (readonly Account[])[] = [];
  const waiting: ((list: readonly Account[]) => void)[] = [];
  const errors: unknown[] = [];
  const stop = subscribeToAccounts(
    db,
    (list) => {
      const next = waiting.shift();
      if (next) next(list);
      else lists.push(list);
    },
    (error) => errors.push(error),
  );
  stops.push(stop);
  const next = () =>
    new Promise<readonly Account[]>((resolve) => {
      const list = lists.shift();
      if (list) resolve(list);
      else waiting.push(resolve);
    });
  return { next, errors };
}

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
});

const names = (list: readonly Account[]) => list.map((a) => a.name);

describe('subscribeToAccounts', () => {
  it('lists the accounts by name, then follows edits, renames, adds and deletes', async () => {
    const db = freshDb();
    await db.accounts.bulkAdd([
      account('a1', 'Globex'),
      account('a2', 'Acme'),
      account('a3', 'Initech'),
    ]);
    const { next, errors } = follow(db);
    const first = await next();
    expect(names(first)).toEqual(['Acme', 'Globex', 'Initech']);

    await db.accounts.update('a1', { cohort: 'churner' });
    const edited = await next();
    expect(names(edited)).toEqual(['Acme', 'Globex', 'Initech']);
    expect(edited[1]?.cohort).toBe('churner');
    // Records nobody wrote keep their objects, so what is derived from them can be cached.
    expect(edited[0]).toBe(first[0]);
    expect(edited[2]).toBe(first[2]);
    expect(first[1]?.cohort).toBeNull();

    await db.accounts.update('a2', { name: 'Zeta' });
    expect(names(await next())).toEqual(['Globex', 'Initech', 'Zeta']);

    await db.accounts.add(account('a4', 'Hooli'));
    expect(names(await next())).toEqual(['Globex', 'Hooli', 'Initech', 'Zeta']);

    await db.accounts.delete('a3');
    expect(names(await next())).toEqual(['Globex', 'Hooli', 'Zeta']);
    expect(errors).toEqual([]);
  });

  it('sees what another tab writes, and sorts again after a bulk write', async () => {
    const db = freshDb();
    await db.accounts.add(account('a0', 'Middle'));
    const { next } = follow(db);
    expect(names(await next())).toEqual(['Middle']);

    const otherTab = new WorkspaceDb(db.name);
    const many = Array.from({ length: 600 }, (_, i) =>
      account(`b${i}`, `Bulk ${String(599 - i).padStart(3, '0')}`),
    );
    await otherTab.accounts.bulkPut(many);
    otherTab.close();
    const after = await next();
    expect(after).toHaveLength(601);
    expect(after[0]?.name).toBe('Bulk 000');
    expect(after[599]?.name).toBe('Bulk 599');
    expect(after[600]?.name).toBe('Middle');
  });

  it('keeps ties in id order, as the name index does', async () => {
    const db = freshDb();
    await db.accounts.bulkAdd([account('b', 'Same'), account('a', 'Same'), account('c', 'Other')]);
    const { next } = follow(db);
    expect((await next()).map((a) => a.id)).toEqual(['c', 'a', 'b']);
    await db.accounts.update('a', { name: 'Same', cohort: 'power_user' });
    const list = await next();
    expect(list.map((a) => a.id)).toEqual(['c', 'a', 'b']);
    expect(list[1]?.cohort).toBe('power_user');
  });
});
