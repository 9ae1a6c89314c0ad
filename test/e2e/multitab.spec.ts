import { expect, test } from './fixtures';
import { cohortOf, setCohort } from './accountCohort';
import { currentWorkspaceDbName } from './workspaceIdb';

test('two tabs see each other’s changes, and a note edited in both keeps both versions', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('/interviews');
  await expect(a.getByText(/^\d+ interviews$/)).toBeVisible();
  const b = await context.newPage();
  await b.goto('/accounts');
  await expect(b.getByText(/^\d+ accounts$/)).toBeVisible();

  // A cohort change in one tab shows up live in the other.
  const row = b
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('row')
    .nth(1);
  const name = (await row.getByRole('rowheader').textContent()) ?? '';
  await a.goto('/accounts');
  const next = (await cohortOf(a, name)) === 'Churner' ? 'Lost deal' : 'Churner';
  await setCohort(a, name, next);
  await expect(b.getByRole('button', { name: `Cohort for ${name}: ${next}` })).toBeVisible();

  // Both tabs open the same interview; each types without seeing the other's edit first.
  await a.goto('/interviews');
  await a.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  const url = a.url();
  await b.goto(url);
  const notesA = a.getByRole('textbox', { name: 'Notes' });
  const notesB = b.getByRole('textbox', { name: 'Notes' });
  await expect(notesA).toBeVisible();
  await expect(notesB).toBeVisible();

  await notesA.press('ControlOrMeta+End');
  await notesA.pressSequentially(' Typed in tab A.');
  await expect(a.getByText('Saved', { exact: true })).toBeVisible();
  // Tab B had no local edits, so it takes tab A's text live.
  await expect(notesB).toHaveValue(/Typed in tab A\.$/);

  // Now both edit before either sees the other.
  // Both type within one autosave debounce, so neither has seen the other's text.
  await notesB.press('ControlOrMeta+End');
  await notesB.pressSequentially(' And B.');
  await notesA.press('ControlOrMeta+End');
  await notesA.pressSequentially(' And A.');
  const alertIn = (p: typeof a) => p.getByRole('alert', { name: 'Notes changed in another tab' });
  await expect
    .poll(async () => (await alertIn(a).count()) + (await alertIn(b).count()))
    .toBeGreaterThan(0);
  const page = (await alertIn(a).count()) > 0 ? a : b;
  await page.getByRole('button', { name: 'Keep both' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toHaveValue(/And B\./);
  await expect(notes).toHaveValue(/And A\./);
  await expect(notes).toHaveValue(/Version from another tab/);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
});

test('a schema upgrade in another tab asks this tab to reload instead of blocking it', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('/accounts');
  await expect(a.getByText(/^\d+ accounts$/)).toBeVisible();
  const b = await context.newPage();
  await b.goto('/accounts');
  await expect(b.getByText(/^\d+ accounts$/)).toBeVisible();
  // Tab B opens the workspace database at a higher version, as a newer build would.
  const dbName = await currentWorkspaceDbName(b);
  const upgraded = await b.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open(name, 1000);
        req.onsuccess = () => {
          req.result.close();
          resolve('opened');
        };
        req.onblocked = () => resolve('blocked');
        req.onerror = () => resolve('error');
      }),
    dbName,
  );
  expect(upgraded).toBe('opened');
  await expect(a.getByRole('alert').filter({ hasText: 'updated in another tab' })).toBeVisible();
  await expect(a.getByRole('button', { name: 'Reload' })).toBeVisible();
});
