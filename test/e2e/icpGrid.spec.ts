import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPainTrait, fillIsAndIsNot } from './icpReview';

const grid = (page: Page) => page.getByRole('region', { name: 'ICP Grid' });
const weights = (page: Page) => grid(page).getByRole('form', { name: 'Formula and weights' });
const quadrant = (page: Page, name: string) =>
  grid(page).getByRole('region', { name: new RegExp(`^${name}: \\d+ segments?$`) });

/** Research holds only the segments that scored Focus on fewer than 5 accounts. */
async function expectOnlyTooFewInResearch(page: Page) {
  for (const item of await quadrant(page, 'Research').getByRole('listitem').all()) {
    await expect(item).toContainText('too few accounts for Focus');
  }
}

test('the ICP Grid shows quadrants, and its weights are edited, checked, kept and reset', async ({
  page,
}) => {
  await page.goto('/icp');
  await expect(grid(page).getByRole('heading', { name: 'ICP Grid' })).toBeVisible();

  // Four labelled quadrants, each with its segments and what to do.
  for (const name of ['Focus', 'Respond', 'Research', 'Ignore']) {
    await expect(quadrant(page, name)).toBeVisible();
  }
  const focus = quadrant(page, 'Focus');
  await expect(focus).toHaveAccessibleName(/^Focus: [1-9]\d* segments?$/);
  await expect(focus.getByText(/Build the ICP around them/)).toBeVisible();
  await expect(focus.getByRole('listitem').filter({ hasText: 'Logistics' })).toBeVisible();
  await expectOnlyTooFewInResearch(page);
  // The table beside the grid says the same.
  const table = grid(page).getByRole('table', { name: /Segments, their scores and quadrant/ });
  const logisticsRow = table.getByRole('row', { name: /^Logistics/ });
  await expect(logisticsRow.getByRole('cell', { name: 'Focus', exact: true })).toBeVisible();

  // The formula is visible beside each weight.
  const form = weights(page);
  await expect(form.getByText('winRate = won deals / closed deals')).toBeVisible();
  await expect(form.getByLabel('Win rate weight')).toHaveValue('0.5');

  // Judge GTM on deal volume alone: smaller segments drop from Focus to Research.
  await form.getByLabel('Win rate weight').fill('0');
  await form.getByLabel('Sales cycle weight').fill('0');
  await form.getByLabel('Deal volume weight').fill('1');
  await expect(form.getByRole('status')).toHaveText(/Unsaved changes/);
  await form.getByRole('button', { name: 'Save weights' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved. The grid uses the new weights.');
  const research = quadrant(page, 'Research');
  await expect(research).not.toHaveAccessibleName('Research: 0 segments');
  await expect(research.getByRole('listitem').filter({ hasText: 'Logistics' })).toBeVisible();
  await expect(focus.getByRole('listitem').filter({ hasText: 'Logistics' })).toBeHidden();
  await expect(logisticsRow.getByRole('cell', { name: 'Research', exact: true })).toBeVisible();

  // Kept per workspace across a reload.
  await page.reload();
  await expect(weights(page).getByLabel('Deal volume weight')).toHaveValue('1');
  await expect(weights(page).getByLabel('Win rate weight')).toHaveValue('0');
  await expect(
    quadrant(page, 'Research').getByRole('listitem').filter({ hasText: 'Logistics' }),
  ).toBeVisible();

  // A bad weight is named beside its field, and nothing is saved.
  await weights(page).getByLabel('NPS weight').fill('-1');
  await expect(weights(page).getByText('NPS weight cannot be negative.')).toBeVisible();
  await expect(weights(page).getByLabel('NPS weight')).toHaveAttribute('aria-invalid', 'true');
  await weights(page).getByRole('button', { name: 'Save weights' }).click();
  await expect(weights(page).getByRole('status')).toHaveText(
    'Not saved: fix the weights marked above.',
  );
  // An axis with nothing weighted cannot be scored.
  await weights(page).getByLabel('NPS weight').fill('0.2');
  await weights(page).getByLabel('Deal volume weight').fill('0');
  await expect(
    weights(page).getByText('Give at least one GTM component a weight above 0.'),
  ).toBeVisible();
  await weights(page).getByRole('button', { name: 'Save weights' }).click();
  await expect(weights(page).getByRole('status')).toHaveText(
    'Not saved: fix the weights marked above.',
  );
  await page.reload();
  await expect(weights(page).getByLabel('Deal volume weight')).toHaveValue('1');
  await expect(weights(page).getByLabel('NPS weight')).toHaveValue('0.2');

  // Reset brings the defaults back, saved.
  await weights(page).getByRole('button', { name: 'Reset to default weights' }).click();
  await expect(weights(page).getByRole('status')).toHaveText('Default weights restored and saved.');
  await expect(weights(page).getByLabel('Win rate weight')).toHaveValue('0.5');
  await expect(weights(page).getByLabel('Deal volume weight')).toHaveValue('0.2');
  await expectOnlyTooFewInResearch(page);
  await page.reload();
  await expect(weights(page).getByLabel('Win rate weight')).toHaveValue('0.5');
});

test('the core pain can be chosen, and the weights lock while the ICP is in review', async ({
  page,
}) => {
  await page.goto('/icp');
  const form = weights(page);
  await expect(form.getByText('In use: Manual reporting eats hours.')).toBeVisible();
  await form
    .getByLabel('Core pain', { exact: true })
    .selectOption({ label: 'Churn surprises us at renewal' });
  await form.getByRole('button', { name: 'Save weights' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved. The grid uses the new weights.');
  await expect(form.getByText('In use: Churn surprises us at renewal.')).toBeVisible();
  await page.reload();
  await expect(weights(page).getByLabel('Core pain', { exact: true })).toHaveValue(/.+/);
  await expect(weights(page).getByText('In use: Churn surprises us at renewal.')).toBeVisible();

  await addPainTrait(page);
  await fillIsAndIsNot(page);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(weights(page).getByText(/Weights are locked: In review/)).toBeVisible();
  await expect(weights(page).getByLabel('Win rate weight')).toBeDisabled();
  await expect(weights(page).getByLabel('Core pain', { exact: true })).toBeDisabled();
  await expect(weights(page).getByRole('button', { name: 'Save weights' })).toBeDisabled();
  await expect(
    weights(page).getByRole('button', { name: 'Reset to default weights' }),
  ).toBeDisabled();
});
