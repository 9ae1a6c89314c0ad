import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The checklist is read on a laptop: 1,280 × 800, the README's screenshot size. */
test.use({ viewport: { width: 1280, height: 800 } });

async function openStart(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Start' }).click();
  await expect(
    page.getByRole('heading', { name: 'From interviews to a signed-off ICP', level: 1 }),
  ).toBeVisible();
}

const step = (page: Page, title: string) =>
  page.getByRole('listitem', { name: new RegExp(`^${title}`) });

test('on the demo the checklist shows the method’s progress, and follows the work done', async ({
  page,
}) => {
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  await openStart(page);
  await expect(page.getByRole('progressbar', { name: 'Method progress' })).toHaveAttribute(
    'aria-valuetext',
    '5 of 8 steps done',
  );
  await expect(step(page, 'Import accounts and deals')).toContainText('Done');
  await expect(step(page, 'Code the quotes')).toContainText('All 152 quotes carry a code.');
  const next = step(page, 'Synthesise findings');
  await expect(next).toHaveAttribute('aria-current', 'step');
  await expect(next).toContainText('Next');

  await next.getByRole('link', { name: 'Go to Synthesis: synthesise findings' }).click();
  await expect(page.getByRole('heading', { name: 'Synthesis', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Findings' }).click();
  const statement = 'Power users lose hours to manual reporting';
  await page.getByLabel('Statement').fill(statement);
  await page.getByRole('button', { name: 'Add finding' }).click();
  const finding = page.getByRole('article', { name: statement });
  await finding.getByLabel('Status').selectOption('accepted');
  await expect(
    page.getByRole('status').filter({ hasText: `Marked “${statement}” accepted` }),
  ).toBeVisible();

  await openStart(page);
  await expect(page.getByRole('progressbar', { name: 'Method progress' })).toHaveAttribute(
    'aria-valuetext',
    '6 of 8 steps done',
  );
  await expect(step(page, 'Synthesise findings')).toContainText('1 finding, 1 accepted.');
  await expect(step(page, 'Draft the ICP and send it for review')).toHaveAttribute(
    'aria-current',
    'step',
  );
});

test('a new workspace starts at the CRM exports, with nothing done', async ({ page }) => {
  await page.goto('/workspace');
  await page.getByLabel('Workspace name').fill('Spring tour');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('0 accounts', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Start page' }).click();
  await expect(page.getByRole('progressbar', { name: 'Method progress' })).toHaveAttribute(
    'aria-valuetext',
    '0 of 8 steps done',
  );
  const first = step(page, 'Import accounts and deals');
  await expect(first).toHaveAttribute('aria-current', 'step');
  await expect(first).toContainText('No accounts or deals yet. Start from your CRM exports.');
  await expect(step(page, 'Group accounts into cohorts')).toContainText('To do');
  await first.getByRole('link', { name: 'Go to Accounts: import accounts and deals' }).click();
  await expect(page.getByRole('button', { name: 'Import CSV' })).toBeVisible();
});
