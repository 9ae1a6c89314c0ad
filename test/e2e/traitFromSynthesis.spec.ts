import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPainTrait, fillIsAndIsNot } from './icpReview';

async function openSynthesis(page: Page, view: string) {
  // The first visit creates the demo workspace.
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  await page.goto(`/synthesis?view=${view}`);
  await expect(page.getByRole('heading', { name: 'Synthesis', level: 1 })).toBeVisible();
}

function traitRow(page: Page, name: string) {
  return page
    .getByRole('region', { name: 'Traits' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

test('a trait-lift row becomes a trait with its rule in one click', async ({ page }) => {
  await openSynthesis(page, 'lift');
  const industries = page.getByRole('table', { name: /^Industry: share of accounts/ });
  await expect(industries).toBeVisible();
  // The top row is the industry most concentrated in power users.
  const top = (await industries.getByRole('rowheader').first().textContent()) ?? '';
  expect(top).not.toBe('');
  await industries.getByRole('link', { name: `Make trait from ${top}`, exact: true }).click();

  await expect(page).toHaveURL(/\/icp\?newTraitFromLift=industry&newTraitValue=/);
  const dialog = page.getByRole('dialog', { name: 'New trait' });
  await expect(dialog.getByLabel('Name')).toHaveValue(`Industry: ${top}`);
  await expect(dialog.getByLabel('Description')).toHaveValue(/^From trait lift: \d+\/\d+ power/);
  await expect(dialog.getByLabel('Component')).toHaveValue('firmographic');
  await expect(dialog.getByLabel('Match by')).toHaveValue('equals');
  await expect(dialog.getByLabel('Field')).toHaveValue('industry');
  await expect(dialog.getByLabel('Value')).toHaveValue(top);
  await dialog.getByRole('button', { name: 'Create trait' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/icp$/);

  const row = traitRow(page, `Industry: ${top}`);
  await expect(row).toContainText(`Industry is ${top}`);
  await expect(row).toContainText(/\d+ accounts · \d+ quotes/);
  await expect(row.getByRole('cell', { name: /^[1-9]\d* accounts$/ })).toBeVisible();
});

test('a code in the evidence matrix becomes a trait with its quotes linked', async ({ page }) => {
  const code = 'Manual reporting eats hours';
  await openSynthesis(page, 'matrix');
  await page.getByRole('link', { name: `Make trait from ${code}`, exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'New trait' });
  await expect(dialog.getByLabel('Name')).toHaveValue(code);
  await expect(dialog.getByLabel('Match by')).toHaveValue('has_code');
  await expect(dialog.getByLabel('Code').locator('option:checked')).toHaveText(code);
  await dialog.getByRole('button', { name: 'Create trait' }).click();
  await expect(dialog).toBeHidden();

  const row = traitRow(page, code);
  await expect(row).toContainText(`Quoted on “${code}”`);
  await expect(row).toContainText(/[1-9]\d* accounts · [1-9]\d* quotes/);
});

test('a locked ICP says why the trait cannot be made', async ({ page }) => {
  await openSynthesis(page, 'matrix');
  await page.goto('/icp');
  await addPainTrait(page);
  await fillIsAndIsNot(page);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { name: /Version 1 · In review/ })).toBeVisible();

  await page.goto('/synthesis?view=lift');
  await page
    .getByRole('table', { name: /^Codes: share of interviewed accounts/ })
    .getByRole('link', { name: 'Make trait from Manual reporting eats hours', exact: true })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot create a trait' })).toHaveText(
    'Cannot create a trait now: In review — request changes to edit it.',
  );
  await expect(page.getByRole('dialog', { name: 'New trait' })).toHaveCount(0);
});
