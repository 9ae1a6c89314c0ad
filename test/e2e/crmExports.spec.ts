import { mkdirSync, writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { hubspotLifecycleExport, salesforceOpportunitiesReport } from '../fixtures/csv/crmExports';
import { expect, test } from './fixtures';

/**
 * Real-shaped CRM exports (test/fixtures/csv/crmExports.ts: spellings, legal suffixes, report
 * furniture, lifecycle stages) imported into an empty workspace, as a new user would.
 */

async function emptyWorkspace(page: Page, name: string) {
  await page.goto('/workspace');
  await page.getByLabel('Workspace name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('0 accounts', { exact: true })).toBeVisible();
}

async function importFile(page: Page, testInfo: TestInfo, name: string, csv: string) {
  mkdirSync(testInfo.outputDir, { recursive: true });
  const path = testInfo.outputPath(name);
  writeFileSync(path, csv);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(path);
  return dialog;
}

async function checkRows(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByRole('heading', { name: 'Review' })).toBeVisible({ timeout: 20_000 });
}

test('a Salesforce opportunities report fills industry and country: win rate by industry covers at least 95% of closed deals, and four spellings of the US are one region', async ({
  page,
}, testInfo) => {
  await emptyWorkspace(page, 'Salesforce tour');
  const dialog = await importFile(
    page,
    testInfo,
    'opportunities.csv',
    salesforceOpportunitiesReport(),
  );
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue(
    'salesforce-opportunities',
  );
  await checkRows(dialog);
  await dialog.getByRole('button', { name: /^Import \d/ }).click();
  await expect(dialog.getByText(/^Created 120 · /)).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goto('/accounts/overview');
  const winRate = page.getByRole('region', { name: 'Win rate by trait' });
  const base = winRate.getByText(/^Industry known for \d+ of \d+ closed deals/);
  await expect(base).toBeVisible();
  const [known, total] = ((await base.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  expect(total).toBe(100);
  expect((known ?? 0) / (total ?? 1)).toBeGreaterThanOrEqual(0.95);
  // "fintech ", "FINTECH" and "Fintech" are one industry.
  await expect(winRate.getByRole('rowheader', { name: /fintech/i })).toHaveCount(1);

  await winRate.getByRole('combobox', { name: 'Trait' }).selectOption({ label: 'Region' });
  // US, USA, United States, United States of America; UK, England; Germany, Deutschland, DE.
  await expect(winRate.getByRole('table').getByRole('rowheader')).toHaveCount(3);
});

test('a HubSpot export with lifecycle stages: Suggest cohorts finds power users and emerging promoters, and no lead is a customer', async ({
  page,
}, testInfo) => {
  await emptyWorkspace(page, 'HubSpot tour');
  const today = new Date().toISOString().slice(0, 10);
  const dialog = await importFile(page, testInfo, 'companies.csv', hubspotLifecycleExport(today));
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('hubspot-companies');
  await checkRows(dialog);
  // A stage the preset cannot place is asked, not guessed.
  const other = dialog.getByRole('combobox', { name: 'Lifecycle stage “Other”' });
  await expect(other).toBeVisible();
  await other.selectOption({ label: 'A customer' });
  await expect(other).toHaveValue('customer');
  // Answered, it stays on the list, so a wrong answer can be changed before the import.
  await other.selectOption({ label: 'Not a customer' });
  await expect(other).toHaveValue('not_customer');
  await dialog.getByRole('button', { name: /^Import \d/ }).click();
  await expect(dialog.getByText(/^Created 30 · /)).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Suggest cohorts' }).click();
  const suggest = page.getByRole('dialog', { name: 'Suggest cohorts' });
  const table = suggest.getByRole('table');
  const suggested = (cohort: string) =>
    table.getByRole('row').filter({ has: page.getByRole('cell', { name: cohort, exact: true }) });
  await expect(suggested('Power user').first()).toBeVisible();
  await expect(suggested('Emerging promoter').first()).toBeVisible();
  // Leads, subscribers, MQLs, SQLs and opportunities are never customers: not even the two
  // (21 and 25) whose export carries a "became a customer" date.
  for (const prospect of ['Company 19', 'Company 21', 'Company 22', 'Company 25', 'Company 27']) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${prospect}\\b`) }) });
    await expect(row).toHaveCount(1);
    await expect(
      row.getByRole('cell', { name: /^(Power user|Emerging promoter|Churner)$/ }),
    ).toHaveCount(0);
  }
});
