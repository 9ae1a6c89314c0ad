import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openAccounts(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
}

test('first visit opens the demo workspace with accounts in all four cohorts', async ({ page }) => {
  await openAccounts(page);
  await expect(page).toHaveTitle('Accounts · Tourbook');
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/.+/);
  await expect(
    page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked'),
  ).toHaveText(/Demo/);
  const count = page.getByText(/^\d+ accounts$/);
  await expect(count).toBeVisible();
  const n = Number((await count.textContent())?.split(' ')[0]);
  expect(n).toBeGreaterThanOrEqual(55);
  expect(n).toBeLessThanOrEqual(65);
  const cohortFilter = page.getByRole('combobox', { name: 'Cohort', exact: true });
  for (const cohort of ['Power user', 'Emerging promoter', 'Churner', 'Lost deal']) {
    await cohortFilter.selectOption({ label: cohort });
    const filtered = page.getByText(new RegExp(`^\\d+ of ${n} accounts$`));
    await expect(filtered).toBeVisible();
    expect(Number((await filtered.textContent())?.split(' ')[0])).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: /^Cohort for / }).first()).toHaveText(cohort);
  }
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('link', { name: 'Interviews' }).click();
  await expect(page).toHaveTitle('Interviews · Tourbook');
  await expect(page.getByText(/^\d+ interviews$/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Interviewer' })).toBeVisible();
  expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(20);
});

test('a new workspace starts empty with a next step, and both survive a reload', async ({
  page,
}) => {
  await openAccounts(page);
  const demoCount = await page.getByText(/^\d+ accounts$/).textContent();

  await page.getByRole('link', { name: 'Workspace', exact: true }).click();
  await page.getByLabel('Workspace name').fill('Q1 listening tour');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(page.getByText('0 accounts', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Interviews' }).click();
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();

  await page.reload();
  const switcher = page.getByRole('combobox', { name: 'Workspace' });
  await expect(switcher.locator('option:checked')).toHaveText('Q1 listening tour');
  await expect(switcher.locator('option')).toHaveCount(2);

  await switcher.selectOption({ label: 'Demo: Northwind listening tour' });
  await expect(page.getByText(demoCount ?? 'missing')).toBeVisible();
});

test('renaming a workspace shows the new name in the switcher', async ({ page }) => {
  await page.goto('/workspace');
  await page.getByRole('button', { name: /^Rename Demo/ }).click();
  await page.getByLabel(/^New name for/).fill('Acme tour');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(
    page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked'),
  ).toHaveText('Acme tour');
  await page.reload();
  await expect(
    page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked'),
  ).toHaveText('Acme tour');
});

test('deleting a workspace asks first, naming it, and can be cancelled', async ({ page }) => {
  await page.goto('/workspace');
  await page.getByLabel('Workspace name').fill('Scratch');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('0 accounts', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Workspace', exact: true }).click();

  await page.getByRole('button', { name: 'Delete Scratch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Scratch”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete Scratch' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Scratch' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Delete Scratch' }).click();
  await dialog.getByRole('button', { name: 'Delete workspace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Scratch”.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete Scratch' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Workspace' }).locator('option')).toHaveCount(1);
});

test('deleting the demo does not bring it back, and it can be recreated', async ({ page }) => {
  await page.goto('/workspace');
  await page.getByRole('button', { name: /^Delete Demo/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete workspace' }).click();
  await expect(page.getByRole('heading', { name: 'No workspaces' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No workspaces' })).toBeVisible();
  await page.goto('/accounts');
  await expect(page.getByRole('heading', { name: 'No workspace yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Create a workspace' }).click();
  await page.getByRole('button', { name: 'Create demo workspace' }).click();
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
});

test('an unknown address shows a way back instead of a blank page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('alert')).toContainText('Page not found');
  await expect(page).toHaveTitle('Page not found · Tourbook');
  await page.getByRole('link', { name: 'Back to Accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
});

test('the main navigation works from the keyboard', async ({ page }) => {
  await openAccounts(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Accounts' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Interviews · Tourbook');
});

test('the workspace page shows the storage estimate and persistence status', async ({ page }) => {
  await page.goto('/workspace');
  await expect(page.getByTestId('persistence')).toContainText('Persistent storage:');
  await expect(page.getByTestId('estimate')).toContainText(/Using .+ of about .+ available/);
});
