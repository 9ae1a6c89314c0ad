import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FILE = 'tourbook-deals.csv';
const csv = () => readFileSync(`test/fixtures/csv/${FILE}`);

/** The demo workspace every fresh browser context starts with. */
const DEMO_ACCOUNTS = 60;

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({
    name: FILE,
    mimeType: 'text/csv',
    buffer: csv(),
  });
  await expect(dialog.getByRole('heading', { name: 'Map columns' })).toBeVisible();
  return dialog;
}

test('a Tourbook deals CSV keeps an extra column as a custom field, shown on the account page', async ({
  page,
}) => {
  await page.goto('/accounts');
  await expect(page.getByText(`${DEMO_ACCOUNTS} accounts`, { exact: true })).toBeVisible();

  let dialog = await openImport(page);
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('tourbook-deals');
  await expect(dialog.getByRole('combobox', { name: 'Field for column “stage”' })).toHaveValue(
    'stage',
  );
  const partner = dialog.getByRole('combobox', { name: 'Field for column “Partner”' });
  await expect(partner).toHaveValue('ignore');
  await partner.selectOption({ label: 'Custom field' });

  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByRole('heading', { name: 'Review' })).toBeVisible();
  await expect(dialog.getByText('Won 1 · Lost 1 · Open 1.')).toBeVisible();
  const confirm = dialog.getByRole('button', { name: /^Import \d/ });
  await expect(confirm).toHaveText('Import 3 deals');
  await confirm.click();
  await expect(dialog.getByText('Created 3 · Updated 0 · Skipped 0')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(`${DEMO_ACCOUNTS + 2} accounts`, { exact: true })).toBeVisible();

  // The choice is remembered for the Tourbook deals format.
  dialog = await openImport(page);
  await expect(dialog.getByRole('combobox', { name: 'Field for column “Partner”' })).toHaveValue(
    'custom',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('searchbox', { name: 'Find' }).fill('Vandelay');
  await page.getByRole('link', { name: 'Vandelay Industries', exact: true }).click();
  const deals = page.getByRole('region', { name: 'Deals' });
  await expect(deals.getByRole('columnheader', { name: 'Custom fields' })).toBeVisible();
  const won = deals.getByRole('row', { name: /Vandelay - Latex import/ });
  await expect(won.getByRole('term')).toHaveText(['Partner']);
  await expect(won.getByRole('definition')).toHaveText(['Kramerica Reseller']);
  // A blank cell stores nothing.
  const lost = deals.getByRole('row', { name: /Vandelay - Export suite/ });
  await expect(lost.getByRole('term')).toHaveCount(0);
});
