import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedAccounts } from './seedAccounts';

async function openFailures(page: Page) {
  // The first visit creates the demo workspace.
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  await page.goto('/synthesis?view=failures');
  await expect(page.getByRole('heading', { name: 'Failure analysis' })).toBeVisible();
}

const lost = (page: Page, category: string) =>
  page.getByRole('table', { name: `Top ${category} reasons, lost deals` });
const toMatch = (page: Page) => page.getByRole('region', { name: 'Reasons to match' });
const status = (page: Page) =>
  page.getByRole('region', { name: 'Failure reasons' }).getByRole('status');

async function accountsOf(page: Page, category: string, reason: string): Promise<number> {
  const row = lost(page, category).getByRole('row', { name: new RegExp(`^${reason}`) });
  return Number(await row.getByRole('cell').first().textContent());
}

test('spellings of one reason count once after the user confirms "same as …?"', async ({
  page,
}) => {
  await openFailures(page);
  const lostDeal = (name: string, lossReason: string, lossCategory: string) => ({
    name,
    deal: { stage: 'lost', lossReason, lossCategory, amount: 1000 },
  });
  await seedAccounts(page, 'lost_deal', [
    lostDeal('Seed SAML One', 'SSO missing (SAML)', 'product'),
    lostDeal('Seed SSO Two', 'Missing SSO', 'product'),
    ...['A', 'B', 'C'].map((x) => lostDeal(`Seed Budget ${x}`, 'Budget/timing', 'external')),
    ...['D', 'E', 'F'].map((x) => lostDeal(`Seed Timing ${x}`, 'Timing / budget', 'external')),
  ]);
  await expect(page.getByRole('heading', { name: 'Failure analysis' })).toBeVisible();

  // "Missing SSO" is in the default catalogue; "SSO missing (SAML)" is only offered.
  const before = await accountsOf(page, 'product', 'Missing SSO');
  const saml = toMatch(page).getByRole('listitem', { name: 'SSO missing (SAML)' });
  await expect(saml).toContainText('1 account');
  await saml.getByRole('button', { name: 'Same as “Missing SSO”?' }).click();
  await expect(status(page)).toHaveText('“SSO missing (SAML)” now counts as “Missing SSO”.');
  await expect(saml).toBeHidden();
  await expect.poll(() => accountsOf(page, 'product', 'Missing SSO')).toBe(before + 1);

  // Neither slash spelling is known: one becomes a reason, the other is confirmed as it.
  const budget = toMatch(page).getByRole('listitem', { name: 'Budget/timing' });
  await budget.getByRole('button', { name: 'New reason' }).click();
  await expect(status(page)).toHaveText('“Budget/timing” is in the catalogue.');
  const timing = toMatch(page).getByRole('listitem', { name: 'Timing / budget' });
  await timing.getByRole('button', { name: 'Same as “Budget/timing”?' }).click();
  await expect(status(page)).toHaveText('“Timing / budget” now counts as “Budget/timing”.');
  await expect.poll(() => accountsOf(page, 'external', 'Budget/timing')).toBe(6);

  // Kept in the workspace, and the catalogue shows the confirmed synonym.
  await page.reload();
  await page.getByText(/^Reason catalogue: \d+ reasons$/).click();
  const catalogue = page.getByRole('list', { name: 'Reason catalogue' });
  await expect(catalogue.getByRole('list', { name: 'Synonyms of Budget/timing' })).toContainText(
    'Timing / budget',
  );
  await expect(catalogue.getByRole('list', { name: 'Synonyms of Missing SSO' })).toContainText(
    'SSO missing (SAML)',
  );
  await expect.poll(() => accountsOf(page, 'external', 'Budget/timing')).toBe(6);
});
