import { expect, test } from './fixtures';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("xss")</script>',
  'javascript:alert(1)',
  '\u202Eevil.exe\u202C',
];

test('hostile text in an account and in notes is shown as inert text', async ({ page }) => {
  await page.goto('/accounts/new');
  await page.getByLabel('Name').fill(HOSTILE.join(' '));
  await page.getByLabel('Domain').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByLabel('Domain')).toHaveAccessibleDescription(
    /^Domain must look like acme\.com\./,
  );
  await page.getByLabel('Domain').fill('');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.join(' '));
  expect(await page.locator('main img, main script').count()).toBe(0);

  await page.goto('/accounts/new');
  await page.getByLabel('Name').fill('x'.repeat(100_000));
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription(
    'Name is longer than 300 characters.',
  );

  await page.goto('/interviews');
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  const long = `${HOSTILE.join('\n')}\n${'lorem ipsum '.repeat(9000)}`;
  await notes.fill(long);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(long);
  expect(await page.locator('main img, main script').count()).toBe(0);
});

test('a full disk while saving notes says so, keeps the text, and saves once space is back', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await page.goto('/interviews');
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toBeVisible();
  const before = await notes.inputValue();
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
  await notes.press('ControlOrMeta+End');
  await notes.pressSequentially(' Typed while the disk was full.');
  await expect(
    page.getByRole('alert').filter({ hasText: 'storage for Tourbook is full' }),
  ).toBeVisible();
  await expect(notes).toHaveValue(`${before} Typed while the disk was full.`);

  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    `${before} Typed while the disk was full.`,
  );
});
