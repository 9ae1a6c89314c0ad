import { cohortOf, setCohort } from './accountCohort';
import { expect, test } from './fixtures';

test('after one visit the app reloads and keeps working with the network gone', async ({
  page,
  context,
}) => {
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  // The service worker must have cached the shell before the network goes away.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  await expect(page.getByRole('status').filter({ hasText: 'works offline' })).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByText('Offline: your work is saved on this device')).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();

  const row = page
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('row')
    .nth(1);
  const name = (await row.getByRole('rowheader').textContent()) ?? '';
  const next = (await cohortOf(page, name)) === 'Churner' ? 'Lost deal' : 'Churner';
  await setCohort(page, name, next);

  await page.getByRole('link', { name: 'Interviews' }).click();
  await expect(page.getByText(/^\d+ interviews$/)).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('button', { name: `Cohort for ${name}: ${next}` })).toBeVisible();

  // Notes too: typed offline, saved, and there after another offline reload.
  await page.getByRole('link', { name: 'Interviews' }).click();
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.press('ControlOrMeta+End');
  await notes.pressSequentially(' Written on a plane.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(/Written on a plane\.$/);
  await context.setOffline(false);
});
