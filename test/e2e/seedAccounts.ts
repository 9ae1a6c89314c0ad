import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { putRecords, readStore } from './workspaceIdb';

interface Stored {
  id: string;
  [field: string]: unknown;
}

/**
 * Adds accounts to the demo workspace behind the app's back, each a copy of a demo account of
 * the given cohort with its own name and fields, and one deal each copied from a demo deal;
 * then reloads so the app reads them.
 */
export async function seedAccounts(
  page: Page,
  cohort: 'lost_deal' | 'power_user',
  seeds: { name: string; account?: Record<string, unknown>; deal: Record<string, unknown> }[],
): Promise<void> {
  const accounts = await readStore<Stored>(page, 'accounts');
  const deals = await readStore<Stored>(page, 'deals');
  const template = accounts.find((a) => a.cohort === cohort);
  const dealTemplate = deals.find((d) => d.accountId === template?.id);
  expect(template && dealTemplate, `a demo ${cohort} account with a deal`).toBeTruthy();
  const made = seeds.map((seed, i) => ({
    account: { ...template, ...seed.account, id: `seed-${cohort}-${i}`, name: seed.name },
    deal: {
      ...dealTemplate,
      ...seed.deal,
      id: `seed-deal-${cohort}-${i}`,
      accountId: `seed-${cohort}-${i}`,
    },
  }));
  await putRecords(
    page,
    'accounts',
    made.map((m) => m.account),
  );
  await putRecords(
    page,
    'deals',
    made.map((m) => m.deal),
  );
  await page.reload();
}
