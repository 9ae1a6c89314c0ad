import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface BackupFile {
  data: { data: { tableName: string; rows: { id: string; name: string }[] }[] };
}

const switcher = (page: Page) => page.getByRole('combobox', { name: 'Workspace' });

async function counts(page: Page) {
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  const accounts = page.getByText(/^\d+ accounts$/);
  await expect(accounts).toBeVisible();
  const accountCount = await accounts.textContent();
  const firstName = await page
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('row')
    .nth(1)
    .getByRole('rowheader')
    .textContent();
  await page.getByRole('link', { name: 'Interviews', exact: true }).click();
  const interviews = page.getByText(/^\d+ interviews$/);
  await expect(interviews).toBeVisible();
  return { accounts: accountCount, interviews: await interviews.textContent(), firstName };
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Workspace', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
}

async function downloadBackup(page: Page): Promise<{ text: string; fileName: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  const path = await download.path();
  return { text: await readFile(path, 'utf8'), fileName: download.suggestedFilename() };
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('Backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function restoreAsNew(page: Page, name: string) {
  await page.getByRole('radio', { name: 'Restore into a new workspace' }).check();
  await page.getByLabel('Name for the new workspace').fill(name);
  await page.getByRole('button', { name: 'Restore backup' }).click();
}

test('a downloaded backup restores into a new workspace with the same counts and content', async ({
  page,
}) => {
  await page.goto('/accounts');
  const before = await counts(page);
  await openBackups(page);
  // A workspace made seconds ago has nothing a week old to lose yet (unit tests cover the week).
  await expect(page.getByText('Download one to keep your tour safe.')).toHaveCount(0);

  const { text, fileName } = await downloadBackup(page);
  expect(fileName).toMatch(/^tourbook-demo-northwind-listening-tour-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/^Last downloaded /)).toBeVisible();
  const file = JSON.parse(text) as BackupFile;
  const account = file.data.data.find((t) => t.tableName === 'accounts')?.rows[0];
  expect(account?.name).toBeTruthy();

  await chooseFile(page, fileName, text);
  await restoreAsNew(page, 'Restored');
  await expect(
    page.getByRole('status').filter({ hasText: 'into the new workspace “Restored”' }),
  ).toBeVisible();
  await expect(switcher(page).locator('option')).toHaveCount(2);

  await switcher(page).selectOption({ label: 'Restored' });
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  expect(await counts(page)).toEqual(before);
  await page.goto(`/accounts/${account?.id}`);
  await expect(page.getByRole('heading', { name: account?.name, level: 1 })).toBeVisible();
  await expect(switcher(page).locator('option:checked')).toHaveText('Restored');
});

test('corrupt, foreign and hostile files are refused with a clear message and change nothing', async ({
  page,
}) => {
  await page.goto('/workspace');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  const { text } = await downloadBackup(page);
  const alert = page.getByRole('alert');

  await chooseFile(page, 'truncated.json', text.slice(0, Math.floor(text.length / 2)));
  await restoreAsNew(page, 'Should not exist');
  await expect(alert).toContainText('“truncated.json” cannot be restored. Nothing was changed.');
  await expect(alert).toContainText('This file is not valid JSON (it may be truncated).');

  await chooseFile(page, 'package.json', '{"name":"tourbook","version":"0.1.0"}');
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(alert).toContainText('This is not a Tourbook backup (it is not a database export).');

  const polluting = text.replace('"rows":[{', '"rows":[{"__proto__":{"polluted":true},');
  await chooseFile(page, 'polluting.json', polluting);
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(alert).toContainText('This file contains a key named “__proto__”');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');

  // Replacing the current workspace with a bad file leaves it as it was, without a dialog.
  await page.getByRole('radio', { name: 'Replace this workspace' }).check();
  await chooseFile(page, 'truncated.json', text.slice(0, -10));
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(alert).toContainText('This file is not valid JSON (it may be truncated).');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await expect(switcher(page).locator('option')).toHaveCount(1);
  await page.reload();
  await expect(switcher(page).locator('option')).toHaveCount(1);
  // The scheduler may have taken its hourly snapshot; a refused restore must not add one.
  await expect(page.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(0);
  await page.goto('/accounts');
  await expect(page.getByText('60 accounts', { exact: true })).toBeVisible();
});

test('a hostile account name restores and shows as text, never as markup', async ({ page }) => {
  await page.goto('/workspace');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  const { text } = await downloadBackup(page);
  const file = JSON.parse(text) as BackupFile;
  const account = file.data.data.find((t) => t.tableName === 'accounts')?.rows[0];
  if (!account) throw new Error('the demo has accounts');
  const payload = '<img src=x onerror=alert(1)>';
  account.name = payload;

  await chooseFile(page, 'hostile.json', JSON.stringify(file));
  await restoreAsNew(page, 'Hostile');
  await expect(page.getByRole('status').filter({ hasText: '“Hostile”' })).toBeVisible();
  await page.getByRole('button', { name: 'Open “Hostile”' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: payload })).toBeVisible();
  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByRole('heading', { name: payload, level: 1 })).toHaveText(payload);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('replacing this workspace asks first, takes a snapshot, and the snapshot brings it back', async ({
  page,
}) => {
  await page.goto('/workspace');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  const { text } = await downloadBackup(page);

  await page.getByLabel('Workspace name').fill('Scratch');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('0 accounts', { exact: true })).toBeVisible();
  await openBackups(page);

  await chooseFile(page, 'demo.json', text);
  await page.getByRole('radio', { name: 'Replace this workspace' }).check();
  await expect(page.getByLabel('Name for the new workspace')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace “Scratch”?' });
  await expect(dialog).toContainText('A snapshot of “Scratch” is taken first');
  await expect(dialog).toContainText('60 accounts');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const beforeRestore = page.getByRole('row').filter({ hasText: 'Before a restore' });
  await expect(beforeRestore).toHaveCount(0);

  await page.getByRole('button', { name: 'Restore backup' }).click();
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced “Scratch”' })).toBeVisible();
  await expect(beforeRestore).toHaveCount(1);
  await expect(beforeRestore).toContainText('0 accounts, 0 interviews, 0 quotes');
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByText('60 accounts', { exact: true })).toBeVisible();

  await openBackups(page);
  await beforeRestore.getByRole('button', { name: /^Restore snapshot from / }).click();
  const confirm = page.getByRole('dialog', { name: /^Restore the snapshot from / });
  await confirm.getByRole('button', { name: 'Restore snapshot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the snapshot' })).toBeVisible();
  await expect(beforeRestore).toHaveCount(2);
  await expect(beforeRestore.filter({ hasText: '60 accounts' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByText('0 accounts', { exact: true })).toBeVisible();
  await expect(switcher(page).locator('option')).toHaveCount(2);
});

test('the backup controls are labelled and work from the keyboard', async ({ page }) => {
  await page.goto('/workspace');
  const download = page.getByRole('button', { name: 'Download backup' });
  await download.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await downloading;
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Backup file')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Restore into a new workspace' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Replace this workspace' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Restore backup' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Choose a backup file first.');
});

/** Speaker labels that, as object keys, made a backup unrestorable or were silently lost. */
const HOSTILE_SPEAKERS_VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v constructor>Why did you leave us last spring?</v>

00:00:04.000 --> 00:00:09.000
<v __proto__>Support took days to answer.</v>
`;

test('speakers named “constructor” and “__proto__” keep their people through download and restore', async ({
  page,
}) => {
  await page.goto('/interviews');
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Account').selectOption({ index: 1 });
  await expect(page.getByLabel('Guide')).not.toHaveValue('');
  await page.getByRole('group', { name: 'Contacts' }).getByRole('checkbox').first().check();
  await page.getByLabel('Interviewer').fill('Priya Raman');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await expect(page.getByRole('heading', { name: /^Interview with /, level: 1 })).toBeVisible();
  const path = new URL(page.url()).pathname;

  await page.getByRole('button', { name: 'Import transcript' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import transcript' });
  await importDialog.getByLabel('Transcript file').setInputFiles({
    name: 'hostile-speakers.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from(HOSTILE_SPEAKERS_VTT, 'utf8'),
  });
  await importDialog.getByRole('combobox', { name: 'constructor' }).selectOption('interviewer');
  const proto = importDialog.getByRole('combobox', { name: '__proto__' });
  await proto.selectOption({ index: 1 });
  const contact = ((await proto.locator('option:checked').textContent()) ?? '').split(',')[0];
  if (!contact) throw new Error('the interview has a contact');
  await importDialog.getByRole('button', { name: 'Import' }).click();
  await expect(importDialog).toBeHidden();
  const transcript = page.getByRole('region', { name: 'Transcript text' });
  await expect(transcript.getByText('Priya Raman', { exact: true })).toBeVisible();
  await expect(transcript.getByText(contact, { exact: true })).toBeVisible();

  await openBackups(page);
  const { text, fileName } = await downloadBackup(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The labels are values in the file, never keys.
  expect(text).toContain('{"key":"constructor","value":"interviewer"}');
  expect(text).toContain('{"key":"__proto__","value":');
  expect(text).not.toMatch(/"(constructor|__proto__)":/);

  await chooseFile(page, fileName, text);
  await restoreAsNew(page, 'Restored');
  await expect(
    page.getByRole('status').filter({ hasText: 'into the new workspace “Restored”' }),
  ).toBeVisible();
  await switcher(page).selectOption({ label: 'Restored' });
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await page.goto(path);
  await expect(switcher(page).locator('option:checked')).toHaveText('Restored');
  await expect(transcript.getByText('Priya Raman', { exact: true })).toBeVisible();
  await expect(transcript.getByText(contact, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Speakers…' }).click();
  const speakers = page.getByRole('dialog', { name: 'Speakers' });
  await expect(speakers.getByRole('combobox', { name: 'constructor' })).toHaveValue('interviewer');
  await expect(
    speakers.getByRole('combobox', { name: '__proto__' }).locator('option:checked'),
  ).toContainText(contact);
});
