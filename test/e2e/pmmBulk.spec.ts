import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPainTrait } from './icpReview';

/** Opens the demo's Quotes page and returns its total count. */
async function openQuotes(page: Page): Promise<number> {
  await page.goto('/quotes');
  const count = page.getByText(/^[\d,]+ quotes$/);
  await expect(count).toBeVisible();
  return Number((await count.textContent())?.split(' ')[0]?.replace(/,/g, ''));
}

const selectBoxes = (page: Page) =>
  page.getByRole('table', { name: /^Quotes/ }).getByRole('checkbox', { name: /^Select quote “/ });

test('a product marketer attaches a trait to three quotes, filters by it, and Undo takes it off', async ({
  page,
}) => {
  // The demo's ICP starts without traits: draft one from a code first.
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  await page.goto('/icp');
  await addPainTrait(page);
  const total = await openQuotes(page);
  const picker = page.getByRole('combobox', { name: 'Trait for selected quotes' });
  const trait = (await picker.locator('option').allTextContents())[1];
  if (!trait) throw new Error('The demo needs an ICP trait.');

  for (let i = 0; i < 3; i++) await selectBoxes(page).nth(i).check();
  await expect(page.getByText('3 quotes selected')).toBeVisible();
  // From the keyboard: pick the trait, then Enter on "Attach trait".
  await picker.selectOption({ label: trait });
  await page.getByRole('button', { name: 'Attach trait' }).focus();
  await page.keyboard.press('Enter');
  const toast = page.getByRole('status').filter({ hasText: `Attached “${trait}” to 3 quotes` });
  await expect(toast).toBeVisible();

  await page
    .getByRole('group', { name: 'Filter quotes' })
    .getByRole('combobox', { name: 'Trait' })
    .selectOption({ label: trait });
  await expect(page.getByText(`3 of ${total} quotes`)).toBeVisible();
  await expect(selectBoxes(page)).toHaveCount(3);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Traits of 3 quotes restored.')).toBeVisible();
  await expect(page.getByText(`0 of ${total} quotes`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No quotes match these filters' })).toBeVisible();
});

test('a matrix cell’s quotes all go to a new finding in one step', async ({ page }) => {
  const statement = 'Power users lose whole afternoons to manual reporting';
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  await page.goto('/synthesis?view=matrix');
  await page.getByRole('button', { name: /^Manual reporting eats hours, Power users: / }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Quotes: Manual reporting eats hours — Power users',
  });
  const summary = dialog.getByText(/^\d+ quotes? from \d+ accounts?\.$/);
  await expect(summary).toBeVisible();
  const [quotes, accounts] = ((await summary.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  if (!quotes || !accounts) throw new Error('The cell shows no quotes.');

  // The form opens from the keyboard and gives focus back to its button when done.
  const open = dialog.getByRole('button', { name: `Link all ${quotes} quotes to a finding…` });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const form = dialog.getByRole('form', { name: 'Link all quotes to a finding' });
  await expect(form.getByRole('combobox', { name: 'Finding' })).toHaveValue('');
  await expect(form.getByRole('combobox', { name: 'About cohort (optional)' })).toHaveValue(
    'power_user',
  );
  await form.getByRole('button', { name: `Link ${quotes} quotes` }).click();
  await expect(form.getByText('Statement is required.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Statement of the new finding' }).fill(statement);
  await form.getByRole('button', { name: `Link ${quotes} quotes` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Linked ${quotes} quotes to “` }),
  ).toBeVisible();
  await expect(form).toBeHidden();
  await expect(open).toBeFocused();
  // Each quote's own control now names the new finding and shows it linked.
  await expect(dialog.getByRole('button', { name: 'Linked' })).toHaveCount(quotes);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Findings' }).click();
  const finding = page.getByRole('article', { name: statement });
  await expect(finding).toContainText(
    `${quotes} quotes · ${accounts} accounts · about Power users`,
  );
});
