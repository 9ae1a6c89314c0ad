import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPainTrait, fillIsAndIsNot, recordApproval } from './icpReview';

const diff = (page: Page) => page.getByRole('region', { name: 'Compare versions' });

test('an empty ICP cannot go to review, and says why', async ({ page }) => {
  await page.goto('/icp');
  await expect(page.getByRole('heading', { name: /Version 1 · Draft/ })).toBeVisible();
  const reasons = page.getByRole('list', { name: 'Not ready for review:' });
  await expect(reasons.getByRole('listitem')).toHaveText([
    'Add at least one trait with a positive weight.',
    'Write at least one “ICP IS” line.',
    'Write at least one “ICP IS NOT” line.',
  ]);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cannot go to review' })).toContainText(
    'Version 1 cannot go to review: Add at least one trait with a positive weight.',
  );
  await expect(page.getByRole('heading', { name: /Version 1 · Draft/ })).toBeVisible();

  // Each condition met takes its reason off the list.
  await addPainTrait(page);
  await expect(reasons.getByRole('listitem')).toHaveCount(2);
  await fillIsAndIsNot(page);
  await expect(reasons).toBeHidden();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { name: /Version 1 · In review/ })).toBeVisible();
});

test('sign-off needs two different reviewers; the diff shows a renamed trait and a new IS line', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/icp');
  await addPainTrait(page);
  await fillIsAndIsNot(page, 'B2B SaaS teams');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { name: /Version 1 · In review/ })).toBeVisible();

  const signOff = page.getByRole('button', { name: 'Sign off' });
  await recordApproval(page, 'Ana Ortiz', 'CEO');
  await expect(page.getByText(/Ana Ortiz \(CEO\): Approved/)).toBeVisible();
  await expect(signOff).toBeDisabled();
  await expect(
    page.getByText('Needs 2 approvals from different reviewers; 1 so far.'),
  ).toBeVisible();
  // The same person again, however typed, is refused and still counts once.
  await recordApproval(page, ' ana ortiz', 'CEO');
  await expect(page.getByRole('form', { name: 'Record a decision' }).getByRole('alert')).toHaveText(
    'Ana Ortiz has already approved: another reviewer must approve.',
  );
  await expect(signOff).toBeDisabled();
  await recordApproval(page, 'Bo Lind', 'Head of Sales');
  await expect(page.getByText('2 of 2 approvals from different reviewers.')).toBeVisible();

  // The confirmation names the version and what it freezes; Cancel leaves it in review.
  await signOff.click();
  const confirm = page.getByRole('dialog', { name: 'Sign off version 1?' });
  await expect(confirm).toContainText('This freezes version 1: its 1 traits');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { name: /Version 1 · In review/ })).toBeVisible();
  await signOff.click();
  await confirm.getByRole('button', { name: 'Sign off version 1' }).click();
  await expect(page.getByRole('heading', { name: /Version 1 · Signed off/ })).toBeVisible();

  // Version 2: the trait renamed and an IS line added.
  await page.getByRole('button', { name: 'Start new draft' }).click();
  await expect(page.getByRole('heading', { name: /Version 2 · Draft/ })).toBeVisible();
  await page.getByRole('button', { name: 'Edit Manual reporting eats hours' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit “Manual reporting eats hours”' });
  await edit.getByLabel('Name').fill('Reporting by hand');
  await edit.getByRole('button', { name: 'Save trait' }).click();
  await expect(edit).toBeHidden();
  await fillIsAndIsNot(page, 'B2B SaaS teams\nFour or more integrations');

  const changes = diff(page).getByRole('list', { name: 'Changes' }).getByRole('listitem');
  await expect(changes).toHaveText([
    'ICP IS line added: “Four or more integrations”',
    'Trait renamed: “Manual reporting eats hours” → “Reporting by hand”',
  ]);
  await expect(
    diff(page).getByText(/^Separation on today’s accounts: \d\.\d\d → \d\.\d\d/),
  ).toBeVisible();
  await expect(diff(page).getByText('No account changes tier.')).toBeVisible();

  // The grid's weights are part of what a version holds: reweighted in the draft, they show.
  const weights = page.getByRole('form', { name: 'Formula and weights' });
  await weights.getByLabel('Win rate weight').fill('0.6');
  await weights.getByLabel('Deal volume weight').fill('0.1');
  await weights.getByRole('button', { name: 'Save weights' }).click();
  await expect(weights.getByText('Saved. The grid uses the new weights.')).toBeVisible();
  await expect(changes).toHaveText([
    'ICP IS line added: “Four or more integrations”',
    'Trait renamed: “Manual reporting eats hours” → “Reporting by hand”',
    'ICP Grid GTM weight of Win rate: 0.5 → 0.6',
    'ICP Grid GTM weight of Deal volume: 0.2 → 0.1',
  ]);
  await weights.getByLabel('Win rate weight').fill('0.5');
  await weights.getByLabel('Deal volume weight').fill('0.2');
  await weights.getByRole('button', { name: 'Save weights' }).click();
  await expect(changes).toHaveCount(2);

  // Review mode walks the same changes one at a time, from the keyboard too.
  await diff(page).getByRole('button', { name: 'Review changes one by one' }).click();
  const walk = diff(page).getByRole('group', { name: 'Change 1 of 2' });
  await expect(walk).toContainText('ICP IS line added: “Four or more integrations”');
  await walk.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  const second = diff(page).getByRole('group', { name: 'Change 2 of 2' });
  await expect(second).toContainText('Trait renamed');
  await page.keyboard.press('ArrowLeft');
  await expect(diff(page).getByRole('group', { name: 'Change 1 of 2' })).toBeVisible();
  await diff(page).getByRole('button', { name: 'End review' }).click();
  await expect(diff(page).getByRole('group', { name: /^Change \d+ of/ })).toBeHidden();
});
