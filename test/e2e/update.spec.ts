import { expect, test } from './fixtures';

test('a new version waits for Reload in the banner, then serves the page', async ({
  page,
  context,
}) => {
  // Each deploy changes the worker's script; here a comment stands in for a new build.
  let version = 1;
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// version ${version}\n` });
  });
  await page.goto('/accounts');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const workerState = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: Boolean(registration?.waiting),
        controlled: Boolean(navigator.serviceWorker.controller),
      };
    });

  version = 2;
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: 'New version available.' }),
  ).toBeVisible();
  // It waits: the old worker still serves the page, and nothing reloads by itself.
  expect(await workerState()).toEqual({ waiting: true, controlled: true });

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  expect(await workerState()).toEqual({ waiting: false, controlled: true });
  await expect(page.getByText('New version available.')).toBeHidden();
});
