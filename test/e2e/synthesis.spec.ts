import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CELL = /: \d+ · (\d+)% \((\d+) of (\d+) accounts\)$/;

async function openSynthesis(page: Page, view = 'matrix') {
  // The first visit creates the demo workspace.
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  await page.goto(`/synthesis?view=${view}`);
  await expect(page.getByRole('heading', { name: 'Synthesis', level: 1 })).toBeVisible();
}

/** Accounts and share of one matrix cell, read from its accessible name. */
async function cell(page: Page, code: string, cohort: string) {
  const button = page.getByRole('button', { name: new RegExp(`^${code}, ${cohort}: `) });
  const name = ((await button.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const match = CELL.exec(name);
  expect(match, `cell name "${name}"`).not.toBeNull();
  return { button, accounts: Number(match?.[2]), share: Number(match?.[1]) };
}

function matrix(page: Page): Locator {
  return page.getByRole('table', { name: /Distinct accounts with at least one quote/ });
}

test('the matrix shows the planted signal and a cell opens its quotes', async ({ page }) => {
  await openSynthesis(page);
  await expect(page.getByRole('link', { name: 'Evidence matrix' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(matrix(page).getByRole('columnheader', { name: /Power users/ })).toContainText(
    'interviewed',
  );

  // Sorted by the power users' share, the top pain point is the one planted in them.
  await page.getByLabel('Sort by').selectOption({ label: 'Share of Power users' });
  const painPoints = matrix(page)
    .getByRole('rowgroup')
    .filter({ has: page.getByRole('columnheader', { name: 'Pain point', exact: true }) });
  await expect(painPoints.getByRole('rowheader').first()).toHaveText('Manual reporting eats hours');

  const manualPower = await cell(page, 'Manual reporting eats hours', 'Power users');
  const manualChurn = await cell(page, 'Manual reporting eats hours', 'Churners');
  expect(manualPower.share).toBeGreaterThan(manualChurn.share);

  const salesforceChurn = await cell(page, 'Missing Salesforce integration', 'Churners');
  const salesforcePower = await cell(page, 'Missing Salesforce integration', 'Power users');
  expect(salesforceChurn.accounts).toBeGreaterThan(salesforcePower.accounts);

  await manualPower.button.click();
  const dialog = page.getByRole('dialog', {
    name: 'Quotes: Manual reporting eats hours — Power users',
  });
  await expect(dialog).toBeVisible();
  const quotes = dialog.getByRole('listitem');
  expect(await quotes.count()).toBeGreaterThanOrEqual(1);
  await expect(quotes.first().getByRole('blockquote')).not.toBeEmpty();
  await expect(quotes.first().getByRole('link', { name: /^Interview of / })).toHaveAttribute(
    'href',
    /^\/interviews\/[^?]+\?quote=.+/,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Filtering to a kind that excludes pain points removes the row.
  await page.locator('summary', { hasText: 'Code kind' }).click();
  await page.getByRole('checkbox', { name: 'Pain point', exact: true }).uncheck();
  await expect(page.getByRole('rowheader', { name: 'Manual reporting eats hours' })).toHaveCount(0);
});

test('a finding is written, linked to quotes from two accounts and accepted', async ({ page }) => {
  const statement = 'Power users lose hours to manual reporting';
  await openSynthesis(page, 'findings');
  await page.getByLabel('Statement').fill(statement);
  await page.getByRole('button', { name: 'Add finding' }).click();
  const finding = page.getByRole('article', { name: statement });
  await expect(finding).toContainText('0 quotes · 0 accounts');
  await expect(finding.getByLabel('Status')).toHaveValue('draft');

  await page.getByRole('link', { name: 'Evidence matrix' }).click();
  await (await cell(page, 'Manual reporting eats hours', 'Power users')).button.click();
  const dialog = page.getByRole('dialog', { name: /^Quotes: Manual reporting eats hours/ });
  const quotes = dialog.getByRole('listitem');
  await expect(quotes.first()).toBeVisible();
  // Two quotes from two different accounts: the evidence counts accounts, not quotes.
  const accountOf = (index: number) =>
    quotes.nth(index).locator('.quote-meta').getByRole('link').first().textContent();
  const first = await accountOf(0);
  let second = 1;
  while ((await accountOf(second)) === first) second += 1;
  for (const index of [0, second]) {
    const item = quotes.nth(index);
    await expect(item.getByLabel('Link to finding')).toHaveValue(/.+/);
    await item.getByRole('button', { name: 'Link quote' }).click();
    await expect(item.getByRole('button', { name: 'Linked' })).toBeDisabled();
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Findings' }).click();
  await expect(finding).toContainText('2 quotes · 2 accounts');
  await expect(finding.getByRole('list', { name: 'Accounts by cohort' })).toHaveText(
    'Power users: 2 accounts',
  );

  // The editor's picker shows the same two quotes as linked.
  await finding.getByRole('button', { name: 'Link quotes…' }).click();
  const picker = page.getByRole('dialog', { name: /^Link quotes to/ });
  await expect(picker.getByRole('status')).toContainText('· 2 linked');
  await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await picker.getByRole('button', { name: 'Done' }).click();

  await finding.getByLabel('Status').selectOption('accepted');
  await expect(
    page.getByRole('status').filter({ hasText: `Marked “${statement}” accepted` }),
  ).toBeVisible();
  await page.reload();
  await expect(finding).toContainText('2 quotes · 2 accounts');
  await expect(finding.getByLabel('Status')).toHaveValue('accepted');

  await finding.getByRole('button', { name: 'Delete finding' }).click();
  await expect(finding).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(finding).toContainText('2 quotes · 2 accounts');
});

test('failure analysis, trait lift and saturation tell their stories', async ({ page }) => {
  await openSynthesis(page, 'failures');
  const wouldFit = page.getByRole('region', { name: 'Would fit once … ships' });
  await expect(wouldFit.getByText(/would fit once/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Stacked bar chart/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Churners: / })).toContainText('Product');

  await page.getByRole('link', { name: 'Trait lift' }).click();
  await expect(page.getByRole('table', { name: /^Industry:/ })).toBeVisible();
  // One interviewer's calls leave each group with few interviewed accounts: flagged, not certain.
  const interviewer = page.getByLabel('Interviewer');
  await interviewer.selectOption({ index: 1 });
  await expect(page.getByRole('table', { name: /^Codes:/ })).toContainText('Small sample');
  await interviewer.selectOption({ label: 'Everyone' });
  await page.getByLabel('Attribute').selectOption({ label: 'Region' });
  await expect(page.getByRole('table', { name: /^Region:/ })).toContainText(/\[0\.\d\d, /);

  await page.getByRole('link', { name: 'Saturation' }).click();
  for (const cohort of ['Power users', 'Emerging promoters', 'Churners', 'Lost deals']) {
    await expect(page.getByRole('region', { name: cohort, exact: true })).toContainText('Verdict:');
  }
  // The targets are the tour plan's, 5 per cohort until changed there.
  await expect(page.getByText(/Power users: \d+ accounts interviewed.*target 5 met/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'tour plan' })).toHaveAttribute(
    'href',
    '/interviews/plan',
  );

  await page.getByRole('link', { name: 'Numbers' }).click();
  await expect(page.getByRole('table', { name: /citing “/ })).toBeVisible();
});
