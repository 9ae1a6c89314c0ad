import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cohortButton, cohortOf, setCohort } from './accountCohort';
import { readSetting, putRecords } from './workspaceIdb';

const LAYOUT_KEY = 'accounts.tableLayout';

async function openAccounts(page: Page) {
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
}

function firstDataRow(page: Page) {
  return page
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('row')
    .nth(1);
}

/** The first row's cell under `header`: columns move and hide, so they are found by name. */
async function firstRowCell(page: Page, header: string) {
  const headers = await page
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('columnheader')
    .allTextContents();
  const column = headers.findIndex((text) => text.startsWith(header));
  expect(column, `column ${header}`).toBeGreaterThan(0);
  // The name is the row header, so the cells start at the second column.
  return firstDataRow(page)
    .getByRole('cell')
    .nth(column - 1);
}

test('sorts by a column header, filters with "N of M", and remembers both after reload', async ({
  page,
}) => {
  await openAccounts(page);
  // Numbers sort largest first on the first click, as users look for the biggest accounts.
  await page.getByRole('button', { name: 'ARR' }).click();
  await expect(page.getByRole('columnheader', { name: 'ARR' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(await firstRowCell(page, 'ARR')).toHaveText(/^\$\d{3},\d{3}$/);
  const top = await firstDataRow(page).getByRole('rowheader').textContent();

  await page.getByRole('combobox', { name: 'Region' }).selectOption('EMEA');
  await expect(page.getByText(/^\d+ of 60 accounts$/)).toBeVisible();
  // Every row in view is an EMEA one (the table renders only the rows in view).
  const rows = page.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows.getByRole('cell', { name: /^(North America|APAC|LATAM)$/ })).toHaveCount(0);
  await expect(
    rows.filter({ hasNot: page.getByRole('cell', { name: 'EMEA', exact: true }) }),
  ).toHaveCount(0);
  expect(await rows.count()).toBeGreaterThan(10);
  await page.getByRole('searchbox', { name: 'Find' }).fill('zzzz-no-such-account');
  await expect(page.getByText('0 of 60 accounts')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'No accounts match these filters' }),
  ).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find' }).fill('');
  // The layout is written in the background; reload only once it has landed.
  await expect
    .poll(() => readSetting(page, LAYOUT_KEY))
    .toMatchObject({ sorting: [{ id: 'arr', desc: true }], filters: { region: 'EMEA', text: '' } });

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('EMEA');
  await expect(page.getByRole('columnheader', { name: 'ARR' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('60 accounts', { exact: true })).toBeVisible();
  await expect(firstDataRow(page).getByRole('rowheader')).toHaveText(top ?? '');
});

test('hides and shows columns, remembered per workspace', async ({ page }) => {
  await openAccounts(page);
  // LTV is hidden by default, so the default columns fit a 1,280 px window.
  await expect(page.getByRole('columnheader', { name: 'Size band' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'LTV' })).toHaveCount(0);
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Size band' }).uncheck();
  await page.getByRole('checkbox', { name: 'Plan' }).check();
  await expect(page.getByRole('columnheader', { name: 'Size band' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Plan' })).toBeVisible();
  await expect
    .poll(async () => {
      const hidden = ((await readSetting(page, LAYOUT_KEY)) as { hidden?: string[] })?.hidden;
      return { sizeBand: hidden?.includes('sizeBand'), plan: hidden?.includes('plan') };
    })
    .toEqual({ sizeBand: true, plan: false });
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Plan' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Size band' })).toHaveCount(0);

  await page.goto('/workspace');
  await page.getByLabel('Workspace name').fill('Other tour');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('0 accounts', { exact: true })).toBeVisible();
  // The switcher shows the new workspace as current before it is used to leave it.
  const switcher = page.getByRole('combobox', { name: 'Workspace' });
  await expect(switcher.locator('option:checked')).toHaveText('Other tour');
  await switcher.selectOption({ label: 'Demo: Northwind listening tour' });
  await expect(switcher.locator('option:checked')).toHaveText('Demo: Northwind listening tour');
  await expect(page.getByRole('columnheader', { name: 'Plan' })).toBeVisible();
});

test('changing a cohort inline is saved and survives a reload', async ({ page }) => {
  await openAccounts(page);
  const row = firstDataRow(page);
  const name = (await row.getByRole('rowheader').textContent()) ?? '';
  const next = (await cohortOf(page, name)) === 'Churner' ? 'Lost deal' : 'Churner';
  // setCohort waits for the write to land before the reload.
  await setCohort(page, name, next);
  await page.reload();
  await expect(page.getByRole('button', { name: `Cohort for ${name}: ${next}` })).toBeVisible();
});

test('the cohort cell is edited from the keyboard, and Escape leaves it unchanged', async ({
  page,
}) => {
  await openAccounts(page);
  const name = (await firstDataRow(page).getByRole('rowheader').textContent()) ?? '';
  const before = await cohortOf(page, name);
  await cohortButton(page, name).focus();
  await page.keyboard.press('Enter');
  const select = page.getByRole('combobox', { name: `Cohort for ${name}` });
  await expect(select).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(select).toHaveCount(0);
  // Focus comes back to the cell, not to the top of the page.
  await expect(cohortButton(page, name)).toBeFocused();
  expect(await cohortOf(page, name)).toBe(before);
});

test('the account page shows numbers, deals, contacts, interviews and quotes', async ({ page }) => {
  await openAccounts(page);
  await page.getByRole('combobox', { name: 'Cohort', exact: true }).selectOption('power_user');
  const link = firstDataRow(page).getByRole('link');
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(`${name} · Tourbook`);
  for (const section of ['Numbers', 'Deals', 'Contacts', 'Interviews', 'Quotes']) {
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Deals' }).getByRole('row').nth(1)).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Contacts' })
      .getByRole('cell', { name: /Champion|Economic buyer|User|Blocker/ })
      .first(),
  ).toBeVisible();
});

test('a deal with bad input shows the error beside the field and saves nothing', async ({
  page,
}) => {
  await openAccounts(page);
  await firstDataRow(page).getByRole('link').click();
  const deals = page.getByRole('region', { name: 'Deals' });
  await expect(deals.getByRole('row').nth(1)).toBeVisible();
  const before = await deals.getByRole('row').count();
  await page.getByRole('button', { name: 'Add deal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add deal' });
  await dialog.getByLabel('Deal name').fill('Expansion 2027');
  await dialog.getByLabel('Amount (USD)').fill('lots');
  await dialog.getByRole('button', { name: 'Save deal' }).click();
  await expect(dialog.getByLabel('Amount (USD)')).toHaveAccessibleDescription(
    'Amount must be a number.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(deals.getByRole('row')).toHaveCount(before);

  await page.getByRole('button', { name: 'Add deal' }).click();
  await dialog.getByLabel('Deal name').fill('Expansion 2027');
  await dialog.getByLabel('Amount (USD)').fill('24,000');
  await dialog.getByLabel('Stage').selectOption('won');
  await dialog.getByRole('button', { name: 'Save deal' }).click();
  await expect(dialog).toBeHidden();
  await expect(deals.getByRole('row', { name: /Expansion 2027/ })).toContainText('$24,000');

  await deals.getByRole('button', { name: 'Delete deal Expansion 2027' }).click();
  await expect(deals.getByRole('row', { name: /Expansion 2027/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(deals.getByRole('row', { name: /Expansion 2027/ })).toBeVisible();
});

test('adding an account validates each field and then opens its page', async ({ page }) => {
  await openAccounts(page);
  await page.getByRole('link', { name: 'Add account' }).click();
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Name is required.');
  await page.getByLabel('Name').fill('<b>Zeta</b> Labs');
  await page.getByLabel('NPS (0-10)').fill('11');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByLabel('NPS (0-10)')).toHaveAccessibleDescription(
    'NPS must be from 0 to 10.',
  );
  await page.getByLabel('NPS (0-10)').fill('9');
  await page.getByLabel('Domain').fill('https://www.Zeta.io/pricing');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('heading', { name: '<b>Zeta</b> Labs', level: 1 })).toBeVisible();
  await expect(page.getByText('zeta.io')).toBeVisible();
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(page.getByText('61 accounts')).toBeVisible();
});

test('with ICP traits, the table shows each account’s score and filters by it', async ({
  page,
}) => {
  await openAccounts(page);
  await expect(page.getByRole('columnheader', { name: 'ICP score' })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Minimum ICP score' })).toHaveCount(0);
  // A trait written as the ICP page would: +5 for four or more integrations.
  const at = '2026-01-01T00:00:00.000Z';
  await putRecords(page, 'traits', [
    {
      id: 'trait-integrations',
      name: '4+ integrations',
      description: null,
      component: 'technographic',
      kind: 'must_have',
      weight: 5,
      rule: { op: 'range', field: 'integrations', min: 4, max: null },
      codeIds: [],
      highlightIds: [],
      createdAt: at,
      updatedAt: at,
    },
  ]);
  // Written behind Dexie's back, so the page learns of it on reload.
  await page.reload();
  const min = page.getByRole('spinbutton', { name: 'Minimum ICP score' });
  await expect(min).toBeVisible();
  await page.getByRole('button', { name: 'ICP score' }).click();
  await expect(page.getByRole('columnheader', { name: 'ICP score' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(await firstRowCell(page, 'ICP score')).toHaveText('5');
  await min.fill('5');
  const filtered = page.getByText(/^\d+ of 60 accounts$/);
  await expect(filtered).toBeVisible();
  const n = Number((await filtered.textContent())?.split(' ')[0]);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(60);

  // A quote-based trait cannot be tested on an account nobody has heard from: its score is
  // marked as resting on 1 of the 2 traits, not read as a "no".
  await putRecords(page, 'traits', [
    {
      id: 'trait-quoted',
      name: 'Says reporting is manual',
      description: null,
      component: 'psychographic',
      kind: 'nice_to_have',
      weight: 2,
      rule: null,
      codeIds: [],
      highlightIds: [],
      createdAt: at,
      updatedAt: at,
    },
  ]);
  await page.reload();
  await min.fill('');
  const partial = page.getByRole('cell', { name: /^(\d+|Excluded) 1\/2 traits known$/ });
  await expect(partial.first()).toBeVisible();
  await expect(partial.first().getByTitle('scored on 1 of 2 traits')).toBeVisible();
});
