import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  join,
  linkPath,
  openPerson,
  problems,
  share,
  syncStatus,
  teamServerForFile,
} from './teamJourney';
import { readStore } from './workspaceIdb';

/*
 * Issue #18's journeys: the test starts its own team server (127.0.0.1, a free port, a temporary
 * DATA_DIR) and drives separate browser contexts, so each person has their own IndexedDB.
 */

const server = teamServerForFile();

/** Clicks Go offline or Reconnect in the status menu, opening the menu when it is closed. */
async function statusMenu(page: Page, action: 'Go offline' | 'Reconnect') {
  const button = page.getByRole('button', { name: action });
  if (!(await button.isVisible())) await syncStatus(page).click();
  await button.click();
}

/** Renames through the app's own links: a page load would start a new connection. */
async function renameAccount(page: Page, accountId: string, name: string) {
  if (new URL(page.url()).pathname !== `/accounts/${accountId}`) {
    await page.goto(`/accounts/${accountId}`);
  }
  await page.getByRole('link', { name: 'Edit account' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** The actor of the newest change-log row for an account written with `source`. */
async function lastAccountWrite(page: Page, source: 'local' | 'remote'): Promise<string> {
  type Row = { seq: number; table: string; source: string; actor: string };
  const rows = await readStore<Row>(page, 'changes');
  const mine = rows.filter((r) => r.table === 'accounts' && r.source === source);
  return mine.sort((x, y) => x.seq - y.seq).at(-1)?.actor ?? '(none)';
}

/** The interview's notes and every copy kept beside them, as one text. */
async function noteTexts(page: Page, interviewId: string): Promise<string> {
  type Stored = { id: string; notes: string; notesCopies?: { text: string }[] };
  const record = (await readStore<Stored>(page, 'interviews')).find((r) => r.id === interviewId);
  return [record?.notes, ...(record?.notesCopies ?? []).map((c) => c.text)].join('\n');
}

async function firstAccountId(page: Page): Promise<string> {
  await page.goto('/accounts');
  const link = page
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('link')
    .first();
  const href = (await link.getAttribute('href')) ?? '';
  return href.split('/').pop() ?? '';
}

test('A shares, B joins as editor, edits flow both ways, notes merge, offline and a restart lose nothing', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await openPerson(browser, '/accounts');
  const link = await share(a.page, server().url, 'editor');

  const b = await openPerson(browser, linkPath(link));
  await join(b.page, 'Bea');
  await expect(
    b.page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked'),
  ).toHaveText(/Demo/);

  // An edit in each appears in the other within 2 s, once both are synced.
  const accountId = await firstAccountId(a.page);
  await b.page.goto(`/accounts/${accountId}`);
  await expect(syncStatus(b.page)).toHaveText('Synced');
  await renameAccount(a.page, accountId, 'Acme renamed by Ann');
  await expect(b.page.getByRole('heading', { level: 1 })).toHaveText('Acme renamed by Ann', {
    timeout: 2_000,
  });
  await expect(a.page.getByRole('list', { name: 'Here now' })).toContainText('Bea');
  // B's change log names Ann (her member id, as A's own log does), not just "the team".
  expect(await lastAccountWrite(b.page, 'remote')).toBe(await lastAccountWrite(a.page, 'local'));
  await renameAccount(b.page, accountId, 'Acme renamed by Bea');
  await expect(a.page.getByRole('heading', { level: 1 })).toHaveText('Acme renamed by Bea', {
    timeout: 2_000,
  });

  // Both type into the same interview note at once: both texts survive (merged in the note, or
  // one kept as a copy beside it by the notes editor's compare-and-set), the same in both
  // browsers.
  await a.page.goto('/interviews');
  await a.page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await expect(a.page).toHaveURL(/\/interviews\/[^/]+$/);
  const interviewPath = new URL(a.page.url()).pathname;
  await b.page.goto(interviewPath);
  const notesA = a.page.getByRole('textbox', { name: 'Notes' });
  const notesB = b.page.getByRole('textbox', { name: 'Notes' });
  await expect(notesB).toBeVisible();
  // Ann at the top, Bea at the bottom, typing key by key in turns: each key lands while the
  // other is mid-word, and the next key must go where its typist's caret was, not to the end.
  await notesA.press('ControlOrMeta+Home');
  await notesB.press('ControlOrMeta+End');
  const before = await notesA.inputValue();
  const annText = 'Ann-typed-this';
  const beaText = 'Bea-typed-this';
  for (let i = 1; i <= annText.length; i++) {
    await a.page.keyboard.press(annText[i - 1] ?? '');
    const afterAnn = `${annText.slice(0, i)}${before}${beaText.slice(0, i - 1)}`;
    await expect(notesA).toHaveValue(afterAnn);
    await expect(notesB).toHaveValue(afterAnn);
    await b.page.keyboard.press(beaText[i - 1] ?? '');
    const afterBea = `${annText.slice(0, i)}${before}${beaText.slice(0, i)}`;
    await expect(notesB).toHaveValue(afterBea);
    await expect(notesA).toHaveValue(afterBea);
  }
  // Each caret is still right after its typist's words.
  for (const [notes, typed] of [
    [notesA, annText],
    [notesB, beaText],
  ] as const) {
    const caret = await notes.evaluate((el: HTMLTextAreaElement) => ({
      at: el.selectionStart,
      value: el.value,
    }));
    expect(caret.at).toBe(caret.value.indexOf(typed) + typed.length);
  }
  for (const page of [a.page, b.page]) {
    await expect
      .poll(async () => {
        const texts = await noteTexts(page, interviewPath.split('/').pop() ?? '');
        return ['Ann-typed-this', 'Bea-typed-this'].filter((t) => texts.includes(t));
      })
      .toEqual(['Ann-typed-this', 'Bea-typed-this']);
  }

  // B goes offline (the provider disconnects; setOffline would not cut the WebSocket), edits,
  // reconnects, and both converge.
  await b.page.goto(`/accounts/${accountId}`);
  await statusMenu(b.page, 'Go offline');
  await expect(syncStatus(b.page)).toHaveText(/^Offline — \d+ pending$/);
  await renameAccount(b.page, accountId, 'Renamed by Bea offline');
  await a.page.goto(`/accounts/${accountId}`);
  await expect(a.page.getByRole('heading', { level: 1 })).toHaveText('Acme renamed by Bea');
  await statusMenu(b.page, 'Reconnect');
  await expect(syncStatus(b.page)).toHaveText('Synced');
  await expect(a.page.getByRole('heading', { level: 1 })).toHaveText('Renamed by Bea offline');

  // The server restarts on the same data; a newcomer then downloads everything from it.
  await server().restart();
  await expect(syncStatus(a.page)).toHaveText('Synced', { timeout: 15_000 });
  await expect(syncStatus(b.page)).toHaveText('Synced', { timeout: 15_000 });
  await renameAccount(a.page, accountId, 'After the restart');
  await b.page.goto(`/accounts/${accountId}`);
  await expect(b.page.getByRole('heading', { level: 1 })).toHaveText('After the restart');
  const c = await openPerson(browser, linkPath(link));
  await join(c.page, 'Cem');
  await c.page.goto(`/accounts/${accountId}`);
  await expect(c.page.getByRole('heading', { level: 1 })).toHaveText('After the restart');
  await expect
    .poll(async () => {
      const texts = await noteTexts(c.page, interviewPath.split('/').pop() ?? '');
      return ['Ann-typed-this', 'Bea-typed-this'].filter((t) => texts.includes(t));
    })
    .toEqual(['Ann-typed-this', 'Bea-typed-this']);

  await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  expect(problems, 'CSP violations or page errors').toEqual([]);
});

test('a reviewer joins and reads accounts, without the ways to change them', async ({
  browser,
}) => {
  const a = await openPerson(browser, '/accounts');
  const link = await share(a.page, server().url, 'reviewer');
  const r = await openPerson(browser, linkPath(link));
  await join(r.page, 'Rita');
  const accountId = await firstAccountId(r.page);
  await r.page.goto(`/accounts/${accountId}`);
  await expect(
    r.page.getByText('As a reviewer you read this account; you cannot change it.'),
  ).toBeVisible();
  await expect(r.page.getByRole('link', { name: 'Edit account' })).toHaveCount(0);
  await expect(r.page.getByRole('button', { name: 'Add deal' })).toBeDisabled();
  await r.page.goto(`/accounts/${accountId}/edit`);
  await expect(
    r.page.getByRole('heading', { name: 'Reviewers cannot change accounts' }),
  ).toBeVisible();
  // The owner's edits still reach the reviewer.
  await renameAccount(a.page, accountId, 'Renamed for the reviewer');
  await r.page.goto(`/accounts/${accountId}`);
  await expect(r.page.getByRole('heading', { level: 1 })).toHaveText('Renamed for the reviewer');
  await Promise.all([a.context.close(), r.context.close()]);
  expect(problems, 'CSP violations or page errors').toEqual([]);
});
