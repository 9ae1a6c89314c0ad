import type { Locator, Page } from '@playwright/test';
import { violations } from './axe';
import { expect, test } from './fixtures';

/**
 * axe-core over every route and the main dialogs of the demo workspace: no violation of any
 * impact. Each state is checked once the page shows its heading and its loading notes are gone.
 */

async function settled(page: Page, heading: Locator) {
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Loading/)).toHaveCount(0, { timeout: 30_000 });
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

const PAGES: { path: string; heading: string | RegExp }[] = [
  { path: '/start', heading: 'From interviews to a signed-off ICP' },
  { path: '/workspace', heading: 'Workspace' },
  { path: '/accounts', heading: 'Accounts' },
  { path: '/accounts/overview', heading: /Cohort/ },
  { path: '/accounts/new', heading: 'Add account' },
  { path: '/interviews', heading: 'Interviews' },
  { path: '/interviews/new', heading: 'New interview' },
  { path: '/interviews/plan', heading: 'Tour plan' },
  { path: '/guides', heading: 'Interview guides' },
  { path: '/quotes', heading: 'Quotes' },
  { path: '/codebook', heading: 'Codebook' },
  { path: '/synthesis?view=matrix', heading: 'Synthesis' },
  { path: '/synthesis?view=failures', heading: 'Synthesis' },
  { path: '/synthesis?view=numbers', heading: 'Synthesis' },
  { path: '/synthesis?view=lift', heading: 'Synthesis' },
  { path: '/synthesis?view=saturation', heading: 'Synthesis' },
  { path: '/synthesis?view=findings', heading: 'Synthesis' },
  { path: '/icp', heading: 'Ideal Customer Profile' },
];

for (const { path, heading } of PAGES) {
  test(`${path}: no accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await settled(page, h1(page, heading));
    expect(await violations(page)).toEqual([]);
  });
}

test('an account, its edit page and an interview: no accessibility violation', async ({ page }) => {
  await page.goto('/accounts');
  await settled(page, h1(page, 'Accounts'));
  await page
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('rowheader')
    .first()
    .getByRole('link')
    .click();
  await settled(page, page.getByRole('heading', { level: 1 }));
  expect(await violations(page), 'account page').toEqual([]);
  await page
    .getByRole('link', { name: 'Edit account' })
    .or(page.getByRole('button', { name: 'Edit account' }))
    .first()
    .click();
  expect(await violations(page), 'account edit').toEqual([]);

  await page.goto('/interviews');
  await settled(page, h1(page, 'Interviews'));
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await settled(page, page.getByRole('textbox', { name: 'Notes' }));
  expect(await violations(page), 'interview page').toEqual([]);
});

test('the main dialogs: no accessibility violation', async ({ page }) => {
  await page.goto('/accounts');
  await settled(page, h1(page, 'Accounts'));
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await expect(page.getByRole('dialog', { name: 'Import CSV' })).toBeVisible();
  expect(await violations(page), 'Import CSV').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Suggest cohorts/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'Suggest cohorts').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/codebook');
  await settled(page, h1(page, 'Codebook'));
  await page
    .getByRole('button', { name: /New code/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'New code').toEqual([]);
  await page.keyboard.press('Escape');

  await page
    .getByRole('button', { name: /^Pin “.+” to a guide…$/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: /^Pin “/ })).toBeVisible();
  expect(await violations(page), 'Pin to guide').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/interviews');
  await settled(page, h1(page, 'Interviews'));
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Pins…' }).click();
  await expect(page.getByRole('dialog', { name: /^Pins for “/ })).toBeVisible();
  expect(await violations(page), 'Pins').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/icp');
  await settled(page, h1(page, 'Ideal Customer Profile'));
  await page
    .getByRole('button', { name: /New trait|Add trait/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'New trait').toEqual([]);
});

test('a matrix cell’s quotes with the link-all form open: no accessibility violation', async ({
  page,
}) => {
  await page.goto('/synthesis?view=matrix');
  await settled(page, h1(page, 'Synthesis'));
  await page.getByRole('button', { name: /^Manual reporting eats hours, Power users: / }).click();
  const dialog = page.getByRole('dialog', { name: /^Quotes: / });
  await dialog.getByRole('button', { name: /^Link all \d+ quotes to a finding…$/ }).click();
  // The statement's error shows too, so its wiring to the field is checked as well.
  await dialog.getByRole('button', { name: /^Link \d+ quotes$/ }).click();
  await expect(dialog.getByText('Statement is required.')).toBeVisible();
  expect(await violations(page), 'cell quotes, link all').toEqual([]);
});

test('a comment thread on a finding, replying and resolved: no accessibility violation', async ({
  page,
}) => {
  await page.goto('/synthesis?view=findings');
  await settled(page, h1(page, 'Synthesis'));
  await page.getByLabel('Statement').fill('Power users live in the warehouse');
  await page.getByRole('button', { name: 'Add finding' }).click();
  const finding = page.getByRole('article', { name: 'Power users live in the warehouse' });
  await finding.getByText(/^Comments on finding/).click();
  const thread = finding.getByRole('region', { name: /^Comments on finding/ });
  await thread.getByLabel('Your name').fill('Ann');
  await thread.getByLabel('New comment', { exact: true }).fill('Only two accounts say so.');
  await thread.getByRole('button', { name: 'Add comment' }).click();
  await thread.getByRole('button', { name: 'Reply' }).click();
  // The reply's empty-text error shows too, so its wiring to the field is checked as well.
  await thread.getByRole('button', { name: 'Post reply' }).click();
  await expect(thread.getByText('Reply is required.')).toBeVisible();
  expect(await violations(page), 'finding thread, replying').toEqual([]);
  await thread.getByRole('button', { name: 'Cancel' }).click();
  await thread.getByRole('button', { name: 'Resolve thread' }).click();
  await expect(thread.getByText(/^Resolved by Ann/)).toBeVisible();
  expect(await violations(page), 'finding thread, resolved').toEqual([]);
});

test('after moving to another page, focus is on its heading', async ({ page }) => {
  await page.goto('/accounts');
  await settled(page, h1(page, 'Accounts'));
  const main = page.getByRole('navigation', { name: 'Main' });
  await main.getByRole('link', { name: 'Codebook' }).click();
  await expect(h1(page, 'Codebook')).toBeFocused();
  await main.getByRole('link', { name: 'Synthesis' }).click();
  await expect(h1(page, 'Synthesis')).toBeFocused();
});

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

test('the focus ring on the navigation stands out at 3:1 or more', async ({ page }) => {
  await page.goto('/accounts');
  await settled(page, h1(page, 'Accounts'));
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quotes' });
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const { ring, bar } = await link.evaluate((el) => ({
    ring: getComputedStyle(el).outlineColor,
    bar: getComputedStyle(el.closest('header') ?? document.body).backgroundColor,
  }));
  const [a, b] = [luminance(ring), luminance(bar)];
  expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)).toBeGreaterThanOrEqual(3);
});
