import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens the demo's first interview with an account of this cohort. */
async function openInterview(page: Page, cohort: 'Churner' | 'Power user') {
  await page.goto('/interviews');
  const row = page
    .getByRole('row')
    .filter({ has: page.locator('.cohort-badge', { hasText: new RegExp(`^${cohort}$`) }) })
    .first();
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: /^Interview with /, level: 1 })).toBeVisible();
}

function legend(page: Page): Locator {
  return page.getByRole('region', { name: 'Pinned codes' });
}

/** The legend as "Alt+1 Code name" lines, in key order. */
async function legendLines(page: Page): Promise<string[]> {
  const items = legend(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  return (await items.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

test('on a churner call, a code pinned to Alt+7 from the call screen codes the line just typed', async ({
  page,
}) => {
  await openInterview(page, 'Churner');
  await expect(legend(page).getByText('Missing Salesforce integration')).toBeVisible();
  await expect(legend(page).getByText('Alt+7')).toHaveCount(0);

  await legend(page).getByRole('button', { name: 'Pins…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Pins for “/ });
  await dialog.getByLabel('Code for Alt+7').selectOption({ label: 'Acquired' });
  await dialog.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Pinned codes, in key order' })).toContainText(
    'Acquired',
  );
  await dialog.getByRole('button', { name: 'Save pins' }).click();
  await expect(dialog).toBeHidden();
  await expect(legend(page).getByRole('listitem').nth(6)).toHaveText(/Alt\+7\s+Acquired/);

  const notes = page.getByLabel('Notes', { exact: true });
  await notes.click();
  await notes.press('Control+End');
  await notes.press('Enter');
  const line = 'The parent company moved everyone onto its own BI stack.';
  await notes.pressSequentially(line);
  await notes.press('Alt+7');
  await expect(page.getByText('Coded as Acquired')).toBeVisible();
  const quote = page
    .getByRole('region', { name: 'Quotes in this interview' })
    .getByRole('listitem')
    .filter({ has: page.getByText(line) })
    .first();
  await expect(quote.getByRole('list', { name: 'Codes' })).toContainText('Acquired');
  await expect(notes).toBeFocused();
  await expect(notes).toHaveValue(new RegExp(`\\n${line.replace(/\./g, '\\.')}$`));
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
});

test('a power-user call shows its own pins, not a churner’s', async ({ page }) => {
  await openInterview(page, 'Churner');
  const churner = await legendLines(page);
  await openInterview(page, 'Power user');
  const powerUser = await legendLines(page);
  expect(powerUser[0]).toBe('Alt+1 Manual reporting eats hours');
  expect(churner[0]).toBe('Alt+1 Missing Salesforce integration');
  expect(powerUser.filter((line) => churner.includes(line))).toEqual([]);
});

test('a code pinned to a guide from the Codebook shows in that guide’s call legend', async ({
  page,
}) => {
  await page.goto('/codebook');
  await page.getByRole('button', { name: 'Pin “No champion” to a guide…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pin “No champion” to a guide' });
  await dialog.getByLabel('Guide').selectOption({ label: 'Churners interview guide' });
  await expect(dialog.getByLabel('Key')).toHaveValue('6');
  await dialog.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('Pinned “No champion” to Alt+7 in “Churners interview guide”'),
  ).toBeVisible();

  await openInterview(page, 'Churner');
  await expect(legend(page).getByRole('listitem').nth(6)).toHaveText(/Alt\+7\s+No champion/);
});
