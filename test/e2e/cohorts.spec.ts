import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { putRecords, readStore } from './workspaceIdb';

const COHORT_ROWS = ['Power users', 'Emerging promoters', 'Churners', 'Lost deals'] as const;

async function openDemoAccounts(page: Page) {
  await page.goto('/accounts');
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
}

type AccountEdit = 'clearCohorts' | 'concentrateRegion';

/**
 * Test setup straight in IndexedDB, then a reload so the app reads it fresh.
 * clearCohorts: the demo as if its accounts had come in from a CRM export with no cohort.
 * concentrateRegion: all but one account in one region, the lopsided base of a team that
 * only ever sold there.
 */
async function editDemoAccounts(page: Page, edit: AccountEdit) {
  const accounts = await readStore<Record<string, unknown> & { id: string }>(page, 'accounts');
  const deals = await readStore<{ accountId: string }>(page, 'deals');
  const dealsPerAccount = new Map<string, number>();
  for (const deal of deals) {
    dealsPerAccount.set(deal.accountId, (dealsPerAccount.get(deal.accountId) ?? 0) + 1);
  }
  // One account elsewhere, with a handful of deals: present, but too few to compare.
  const outlier = accounts.find((a) => {
    const count = dealsPerAccount.get(a.id) ?? 0;
    return count >= 2 && count <= 4;
  });
  const edited = accounts.map((account) =>
    edit === 'clearCohorts'
      ? { ...account, cohort: null, cohortSource: null }
      : { ...account, region: account === outlier ? 'APAC' : 'North America' },
  );
  await putRecords(page, 'accounts', edited);
  await page.reload();
}

async function openSuggestDialog(page: Page) {
  await page.getByRole('button', { name: 'Suggest cohorts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Suggest cohorts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/\d+ changes? to apply/)).toBeVisible();
  return dialog;
}

async function changesToApply(page: Page): Promise<number> {
  const text = await page
    .getByRole('dialog', { name: 'Suggest cohorts' })
    .getByText(/\d+ changes? to apply/)
    .textContent();
  return Number(/(\d+) changes? to apply/.exec(text ?? '')?.[1]);
}

/** Accounts per cohort, read from the overview's profiles table. */
async function cohortCounts(page: Page): Promise<Record<string, number>> {
  await page.goto('/accounts/overview');
  const table = page.getByRole('table', { name: /Medians per cohort/ });
  await expect(table).toBeVisible();
  const counts: Record<string, number> = {};
  for (const cohort of [...COHORT_ROWS, 'No cohort']) {
    const row = table.getByRole('row', { name: new RegExp(`^${cohort}`) });
    counts[cohort] = Number(await row.getByRole('cell').first().textContent());
  }
  return counts;
}

test('on the demo, Suggest cohorts explains every suggestion and keeps cohorts set by hand', async ({
  page,
}) => {
  await openDemoAccounts(page);
  const dialog = await openSuggestDialog(page);
  expect(await changesToApply(page)).toBe(0);
  await expect(dialog.getByRole('button', { name: 'Apply 0 suggestions' })).toBeDisabled();

  const table = dialog.getByRole('table', { name: /Suggested cohort for each account/ });
  for (const header of ['Account', 'Current cohort', 'Suggested cohort', 'Reason', 'Will apply']) {
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  }
  const rows = table.getByRole('row');
  const n = (await rows.count()) - 1;
  expect(n).toBeGreaterThanOrEqual(55);
  await expect(table.getByRole('cell', { name: 'kept: set by you' })).toHaveCount(n);
  // The reason carries the numbers behind a power-user suggestion, as the issue words it.
  await expect(
    table
      .getByRole('cell', { name: /^ARR in top 25% \(≥ \$[\d,]+\), cycle \d+ d ≤ median \d+ d/ })
      .first(),
  ).toBeVisible();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Suggest cohorts' })).toBeFocused();
});

test('Suggest cohorts assigns all four cohorts on the demo data, and Undo restores them', async ({
  page,
}) => {
  await openDemoAccounts(page);
  await editDemoAccounts(page, 'clearCohorts');
  const before = await cohortCounts(page);
  expect(before['No cohort']).toBeGreaterThanOrEqual(55);

  await page.getByRole('link', { name: '← Accounts' }).click();
  const dialog = await openSuggestDialog(page);
  const changes = await changesToApply(page);
  expect(changes).toBeGreaterThan(20);
  await expect(dialog.getByRole('cell', { name: 'kept: set by you' })).toHaveCount(0);
  await dialog.getByRole('button', { name: `Apply ${changes} suggestions` }).click();
  await expect(dialog).toBeHidden();

  const toast = page.getByRole('status').filter({ hasText: 'Applied' });
  await expect(toast).toContainText(`Applied ${changes} cohort suggestions`);

  // On the Accounts page, filtering by each cohort finds accounts in it.
  const cohortFilter = page.getByRole('group', { name: 'Filter accounts' }).getByLabel('Cohort');
  for (const cohort of ['Power user', 'Emerging promoter', 'Churner', 'Lost deal']) {
    await cohortFilter.selectOption({ label: cohort });
    await expect(page.getByText(/^[1-9]\d* of \d+ accounts$/)).toBeVisible();
  }
  await cohortFilter.selectOption({ label: 'All cohorts' });

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
    `Restored ${changes} previous cohorts`,
  );
  // The toast follows the write; the table follows its live query a moment later.
  await expect.poll(() => cohortCounts(page)).toEqual(before);

  // Applied again, the overview shows every cohort populated.
  await page.getByRole('link', { name: '← Accounts' }).click();
  await (
    await openSuggestDialog(page)
  )
    .getByRole('button', { name: `Apply ${changes} suggestions` })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Applied' })).toBeVisible();
  const after = await cohortCounts(page);
  for (const cohort of COHORT_ROWS) expect(after[cohort]).toBeGreaterThan(0);
  expect(after['No cohort']).toBe((before['No cohort'] ?? 0) - changes);
});

test('changing a threshold recomputes the suggestions live, and an invalid one saves nothing', async ({
  page,
}) => {
  await openDemoAccounts(page);
  await editDemoAccounts(page, 'clearCohorts');
  const dialog = await openSuggestDialog(page);
  const initial = await changesToApply(page);
  const powerUsers = () =>
    dialog.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Yes' }) });
  const initialPower = await powerUsers()
    .filter({ hasText: /^.*ARR in top 25%/ })
    .count();

  await dialog.getByText('Thresholds').click();
  const share = dialog.getByLabel('Top share by value');
  await share.fill('2');
  await expect(share).toHaveAccessibleDescription(/Top share cannot be above 100%\./);
  await expect(dialog.getByText('Not saved: fix the thresholds marked above.')).toBeVisible();
  expect(await changesToApply(page)).toBe(initial);

  await share.fill('0.5');
  await expect(dialog.getByText('Saved. Suggestions updated.')).toBeVisible();
  await expect(dialog.getByRole('cell', { name: /^ARR in top 50%/ }).first()).toBeVisible();
  await expect
    .poll(() =>
      powerUsers()
        .filter({ hasText: /ARR in top 50%/ })
        .count(),
    )
    .toBeGreaterThan(initialPower);

  // Saved in the workspace: it is still there after a reload.
  await page.reload();
  await openSuggestDialog(page);
  await dialog.getByText('Thresholds').click();
  await expect(dialog.getByLabel('Top share by value')).toHaveValue('0.5');
});

test('the cohort overview shows profiles, retention and win rate by trait', async ({ page }) => {
  await openDemoAccounts(page);
  await page.getByRole('link', { name: 'Cohort overview' }).click();
  await expect(page).toHaveTitle('Cohort overview · Tourbook');
  await expect(page.getByRole('heading', { name: 'Cohort overview', level: 1 })).toBeVisible();

  const profiles = page.getByRole('table', { name: /Medians per cohort/ });
  await expect(profiles.getByRole('columnheader', { name: 'Median ARR' })).toBeVisible();
  for (const cohort of COHORT_ROWS) {
    const row = profiles.getByRole('row', { name: new RegExp(`^${cohort}`) });
    expect(Number(await row.getByRole('cell').first().textContent())).toBeGreaterThan(0);
  }
  await expect(
    profiles.getByRole('cell', { name: /^\$[\d,]+ \(n = \d+\)$/ }).first(),
  ).toBeVisible();

  await expect(
    page.getByRole('img', { name: /Chart of customers started and retained/ }),
  ).toBeVisible();
  const retention = page.getByRole('table', { name: /Customers retained, by the quarter/ });
  expect(await retention.getByRole('row').count()).toBeGreaterThan(4);
  await expect(retention.getByRole('rowheader', { name: /^\d{4}-Q[1-4]$/ }).first()).toBeVisible();

  const trait = page.getByRole('combobox', { name: 'Trait' });
  await expect(trait).toHaveValue('industry');
  const winRate = page.getByRole('table', {
    name: /Win rate and median days to close by industry/,
  });
  for (const header of ['Industry', 'Won', 'Lost', 'Open', 'Closed', 'Win rate']) {
    await expect(winRate.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(winRate.getByRole('rowheader', { name: 'B2B SaaS' })).toBeVisible();
  await expect(winRate.getByRole('cell', { name: /^\d+%$/ }).first()).toBeVisible();
  await expect(
    winRate.getByRole('cell', { name: /^\d+(\.\d)? d \(n = \d+\)$/ }).first(),
  ).toBeVisible();
  await expect(page.getByText(/No historic-bias warning for industry/)).toBeVisible();

  for (const [label, header] of [
    ['Size band', 'Size band'],
    ['Region', 'Region'],
    ['Integrations band', 'Integrations band'],
  ] as const) {
    await trait.selectOption({ label });
    await expect(
      page
        .getByRole('table', { name: new RegExp(`by ${label.toLowerCase()}`) })
        .getByRole('columnheader', { name: header, exact: true }),
    ).toBeVisible();
  }
});

test('a base concentrated in one region gets a historic-bias warning', async ({ page }) => {
  await openDemoAccounts(page);
  await editDemoAccounts(page, 'concentrateRegion');
  await page.goto('/accounts/overview');
  await page.getByRole('combobox', { name: 'Trait' }).selectOption({ label: 'Region' });
  const note = page.getByRole('note');
  await expect(note).toContainText('Historic bias');
  await expect(note).toContainText(/\d+% of closed deals are in North America/);
  await expect(note).toContainText('too few deals');

  await page.getByRole('combobox', { name: 'Trait' }).selectOption({ label: 'Industry' });
  await expect(page.getByRole('note')).toHaveCount(0);
});
