import { expect, test } from './fixtures';

test('plan, start and finish an experiment that tests the ICP', async ({ page }) => {
  await page.goto('/icp');
  const section = page.getByRole('region', { name: 'Experiments' });
  await expect(section).toBeVisible();
  // Nothing is signed off in a fresh draft, so the review date waits for a sign-off.
  await expect(section.getByText('Next review: sign off a version first.')).toBeVisible();

  await section.getByRole('button', { name: 'New experiment' }).click();
  const form = section.getByRole('form', { name: 'New experiment' });
  await form.getByRole('button', { name: 'Create experiment' }).click();
  await expect(form.getByText('Hypothesis is required.')).toBeVisible();
  await expect(form.getByText('Success criteria is required.')).toBeVisible();

  await form.getByLabel('Hypothesis').fill('Fintechs close faster');
  await form.getByLabel('Target segment').fill('Fintech, 50–200 staff');
  await form.getByLabel('Success criteria').fill('Median sales cycle under 60 days');
  await form.getByLabel('Planned end').fill('2026-12-31');
  await form.getByRole('button', { name: 'Create experiment' }).click();
  await expect(form).toBeHidden();

  const card = section.getByRole('article', { name: /Fintechs close faster/ });
  await expect(card.getByRole('heading', { name: /Planned/ })).toBeVisible();
  await expect(card.getByLabel('Success criteria')).toBeEditable();
  await card.getByRole('button', { name: 'Start experiment' }).click();

  await expect(card.getByRole('heading', { name: /Running/ })).toBeVisible();
  await expect(card.getByLabel('Success criteria')).not.toBeEditable();
  await expect(card.getByLabel('Hypothesis')).not.toBeEditable();
  await expect(card.getByText('Locked when the experiment started').first()).toBeVisible();

  await card.getByRole('button', { name: 'Finish experiment…' }).click();
  const finish = card.getByRole('form', { name: 'Finish experiment' });
  await finish.getByRole('button', { name: 'Finish experiment' }).click();
  await expect(finish.getByText('Result is required.')).toBeVisible();
  await finish.getByLabel('Result').fill('7 of 10 deals closed within 60 days');
  await finish.getByLabel('Outcome').selectOption({ label: 'Criteria met' });
  await finish.getByRole('button', { name: 'Finish experiment' }).click();
  await expect(card.getByRole('heading', { name: /Done/ })).toBeVisible();
  await expect(card.getByText(/Result: 7 of 10 deals closed within 60 days/)).toBeVisible();

  await page.reload();
  const again = page
    .getByRole('region', { name: 'Experiments' })
    .getByRole('article', { name: /Fintechs close faster/ });
  await expect(again.getByRole('heading', { name: /Done/ })).toBeVisible();
  await expect(again.getByText(/Result: 7 of 10 deals closed within 60 days/)).toBeVisible();
  await expect(again.getByLabel('Success criteria')).toHaveValue(
    'Median sales cycle under 60 days',
  );
  await expect(again.getByLabel('Success criteria')).not.toBeEditable();
});

test('a started experiment cannot be deleted; it ends early and stays on record', async ({
  page,
}) => {
  await page.goto('/icp');
  const section = page.getByRole('region', { name: 'Experiments' });
  await section.getByRole('button', { name: 'New experiment' }).click();
  const form = section.getByRole('form', { name: 'New experiment' });
  await form.getByLabel('Hypothesis').fill('Healthcare buys on compliance');
  await form.getByLabel('Target segment').fill('Healthcare, 200+ staff');
  await form.getByLabel('Success criteria').fill('3 of 5 pilots convert');
  await form.getByRole('button', { name: 'Create experiment' }).click();
  await expect(form).toBeHidden();
  const card = section.getByRole('article', { name: /Healthcare buys on compliance/ });
  await expect(card.getByRole('button', { name: 'Delete experiment' })).toBeVisible();
  await card.getByRole('button', { name: 'Start experiment' }).click();
  await expect(card.getByRole('heading', { name: /Running/ })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Delete experiment' })).toHaveCount(0);

  await card.getByRole('button', { name: 'End early…' }).click();
  const end = card.getByRole('form', { name: 'End experiment early' });
  await end.getByRole('button', { name: 'End experiment early' }).click();
  await expect(end.getByText('Reason is required.')).toBeVisible();
  await end.getByLabel('Reason').fill('Pilot budget frozen by the customer');
  await end.getByRole('button', { name: 'End experiment early' }).click();
  await expect(card.getByRole('heading', { name: /Done/ })).toBeVisible();
  await expect(card.getByText(/Ended early.*Pilot budget frozen by the customer/)).toBeVisible();

  await page.reload();
  const again = page
    .getByRole('region', { name: 'Experiments' })
    .getByRole('article', { name: /Healthcare buys on compliance/ });
  await expect(again.getByText(/Ended early.*Pilot budget frozen/)).toBeVisible();
  await expect(again.getByRole('button', { name: 'Delete experiment' })).toHaveCount(0);
  await expect(again.getByLabel('Success criteria')).toHaveValue('3 of 5 pilots convert');
});
