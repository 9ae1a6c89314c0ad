import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedAccounts } from './seedAccounts';

const grid = (page: Page) => page.getByRole('region', { name: 'ICP Grid' });
const quadrant = (page: Page, name: string) =>
  grid(page).getByRole('region', { name: new RegExp(`^${name}: \\d+ segments?$`) });

test('a 1-account segment is never first in trait lift and never in Focus', async ({ page }) => {
  // The first visit creates the demo workspace.
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  // One delighted power user in an industry nobody else is in: a perfect score on one account.
  await seedAccounts(page, 'power_user', [
    {
      name: 'Seed Zeppelin Tours',
      account: { industry: 'Zeppelin charters', nps: 10, churnedAt: null, salesCycleDays: 7 },
      deal: { stage: 'won', amount: 50_000, lossReason: null, lossCategory: null },
    },
  ]);
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();

  await page.goto('/synthesis?view=lift');
  const industry = page.getByRole('table', { name: /^Industry:/ });
  const zeppelin = industry.getByRole('row', { name: /^Zeppelin charters/ });
  await expect(zeppelin).toContainText('Only in power users');
  await expect(zeppelin).toContainText('Too few: 1 of 5 accounts');
  // The first value row (after the header) is a supported one.
  const first = industry.getByRole('row').nth(1);
  await expect(first).not.toContainText('Zeppelin charters');
  await expect(first).not.toContainText('Too few');

  await page.goto('/icp');
  await expect(grid(page).getByRole('heading', { name: 'ICP Grid' })).toBeVisible();
  const table = grid(page).getByRole('table', { name: /Segments, their scores and quadrant/ });
  const row = table.getByRole('row', { name: /^Zeppelin charters/ });
  await expect(
    row.getByRole('cell', { name: 'Research: too few accounts', exact: true }),
  ).toBeVisible();
  await expect(
    quadrant(page, 'Focus').getByRole('listitem').filter({ hasText: 'Zeppelin charters' }),
  ).toBeHidden();
  await expect(
    quadrant(page, 'Research').getByRole('listitem').filter({ hasText: 'Zeppelin charters' }),
  ).toContainText('too few accounts for Focus');
  // Every Focus segment rests on at least 5 accounts.
  for (const figures of await quadrant(page, 'Focus').getByRole('listitem').allTextContents()) {
    expect(Number(/(\d+) accounts/.exec(figures)?.[1])).toBeGreaterThanOrEqual(5);
  }
});
