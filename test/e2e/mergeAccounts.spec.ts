import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const KEEP = 'Harbor Health Partners';
const MERGE = 'Harbor Health Partners LLC';
const MERGE_BUTTON = `Merge “${MERGE}” into “${KEEP}”`;

/** Adds an account through the New account form, with one deal and one contact of its own. */
async function addAccount(page: Page, name: string, deal: string, contact: string) {
  await page.goto('/accounts');
  await page.getByRole('link', { name: 'Add account' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Add deal' }).click();
  const dealDialog = page.getByRole('dialog', { name: 'Add deal' });
  await dealDialog.getByLabel('Deal name').fill(deal);
  await dealDialog.getByRole('button', { name: 'Save deal' }).click();
  await expect(dealDialog).toBeHidden();

  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactDialog = page.getByRole('dialog', { name: 'Add contact' });
  await contactDialog.getByLabel('Name').fill(contact);
  await contactDialog.getByRole('button', { name: 'Save contact' }).click();
  await expect(contactDialog).toBeHidden();
}

async function confirmMerge(page: Page) {
  const duplicates = page.getByRole('region', { name: 'Likely duplicates' });
  await duplicates.getByRole('button', { name: MERGE_BUTTON }).click();
  const dialog = page.getByRole('dialog', { name: `Merge “${MERGE}” into “${KEEP}”?` });
  await expect(dialog).toContainText('1 deal, 1 contact, 0 interviews and 0 quotes move');
  await dialog.getByRole('button', { name: 'Merge accounts' }).click();
  await expect(dialog).toBeHidden();
}

test('merges two accounts that differ by a legal suffix, and Undo brings both back', async ({
  page,
}) => {
  await addAccount(page, KEEP, 'Renewal 2026', 'Dana Kim');
  await addAccount(page, MERGE, 'Expansion 2027', 'Luis Ortega');
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(page.getByText('62 accounts', { exact: true })).toBeVisible();
  const duplicates = page.getByRole('region', { name: 'Likely duplicates' });
  await expect(duplicates.getByRole('button', { name: MERGE_BUTTON })).toBeVisible();

  await confirmMerge(page);
  await expect(page.getByText('61 accounts', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: MERGE_BUTTON })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('62 accounts', { exact: true })).toBeVisible();
  await expect(duplicates.getByRole('button', { name: MERGE_BUTTON })).toBeVisible();

  await confirmMerge(page);
  await expect(page.getByText('61 accounts', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find' }).fill('Harbor Health');
  await expect(page.getByText('1 of 61 accounts')).toBeVisible();
  await page.getByRole('link', { name: KEEP, exact: true }).click();
  await expect(page.getByRole('heading', { name: KEEP, level: 1 })).toBeVisible();
  const deals = page.getByRole('region', { name: 'Deals' });
  await expect(deals.getByRole('row', { name: /Renewal 2026/ })).toBeVisible();
  await expect(deals.getByRole('row', { name: /Expansion 2027/ })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await expect(contacts.getByRole('rowheader', { name: 'Dana Kim' })).toBeVisible();
  await expect(contacts.getByRole('rowheader', { name: 'Luis Ortega' })).toBeVisible();
});
