import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cohortOf, setCohort } from './accountCohort';
import { currentWorkspaceDbName, readStore } from './workspaceIdb';

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

  // Both tabs typing at once: their keystrokes interleave, or one is kept as a copy; none is lost.
  await Promise.all([
    notesA.pressSequentially('§§§§', { delay: 20 }),
    notesB.pressSequentially('¤¤¤¤', { delay: 20 }),
  ]);
  await expect(a.getByText('Saved', { exact: true })).toBeVisible();
  await expect(b.getByText('Saved', { exact: true })).toBeVisible();
  // Whether the keystrokes interleaved or one tab's text became a kept copy depends on timing.
  const stored = await readStore<{ id: string; notes: string; notesCopies?: { text: string }[] }>(
    a,
    'interviews',
  );
  const record = stored.find((r) => a.url().endsWith(r.id));
  const everything = [record?.notes, ...(record?.notesCopies ?? []).map((c) => c.text)].join('\n');
  const count = (text: string, c: string) => [...text].filter((x) => x === c).length;
  expect(count(everything, '§')).toBeGreaterThanOrEqual(4);
  expect(count(everything, '¤')).toBeGreaterThanOrEqual(4);
});

/**
 * Tab B stops hearing of other tabs' writes, as a tab does whose events are held back (frozen in
 * the background, or typing inside the moment a write lands): its next write is against text
 * that moved on.
 */
async function deafTab(page: Page) {
  await page.addInitScript(() => {
    const Native = window.BroadcastChannel;
    window.BroadcastChannel = class extends Native {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = handler
          ? (event: MessageEvent) => {
              if (!(window as { deaf?: boolean }).deaf) handler.call(this, event);
            }
          : null;
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  });
}

/** Both tabs open one interview; A types and saves, then B, deaf to A's write, types too. */
async function collide(context: BrowserContext, textA: string, textB: string) {
  const a = await context.newPage();
  const b = await context.newPage();
  await deafTab(b);
  await a.goto('/interviews');
  await a.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
  await b.goto(a.url());
  const notesA = a.getByRole('textbox', { name: 'Notes' });
  const notesB = b.getByRole('textbox', { name: 'Notes' });
  await expect(notesB).toBeVisible();
  await b.evaluate(() => ((window as { deaf?: boolean }).deaf = true));
  await notesA.press('ControlOrMeta+End');
  await notesA.pressSequentially(textA);
  await expect(a.getByText('Saved', { exact: true })).toBeVisible();
  await notesB.press('ControlOrMeta+End');
  await notesB.pressSequentially(textB);
  return { a, b, notesA, notesB };
}

test('two tabs that edit the same notes keep both texts, one as a kept copy, across reloads', async ({
  context,
}) => {
  const { a, b, notesA, notesB } = await collide(context, ' Saved in tab A.', ' Typed in tab B.');
  await expect(
    b.getByRole('heading', { name: 'Two versions of these notes were kept' }),
  ).toBeVisible();
  await expect(b.getByRole('figure', { name: /^Your version, typed here/ })).toContainText(
    'Typed in tab B.',
  );

  await Promise.all([a.reload(), b.reload()]);
  for (const page of [a, b]) {
    await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(/Saved in tab A\.$/);
    const kept = page.getByRole('figure', { name: /^Version kept from another tab/ });
    await expect(kept).toContainText('Typed in tab B.');
    await expect(kept).not.toContainText('Saved in tab A.');
    await expect(page.getByRole('figure', { name: 'The notes' })).toContainText('Saved in tab A.');
  }

  // Merging puts both in the notes; Undo is not needed since nothing was set aside.
  await a.getByRole('button', { name: 'Merge both' }).click();
  await expect(notesA).toHaveValue(/Saved in tab A\.[\s\S]*Typed in tab B\.$/);
  await expect(a.getByRole('heading', { name: /versions of these notes were kept/ })).toBeHidden();
  await b.reload();
  await expect(notesB).toHaveValue(/Saved in tab A\.[\s\S]*Typed in tab B\.$/);
});

test('choosing one kept version can be undone: the other comes back as a kept copy', async ({
  context,
}) => {
  const { a, notesA } = await collide(context, ' From A.', ' From B.');
  const kept = a.getByRole('group', { name: /^Version kept from another tab/ });
  await expect(kept).toContainText('From B.');

  await kept.getByRole('button', { name: 'Keep the notes' }).click();
  await expect(kept).toBeHidden();
  await a.getByRole('button', { name: 'Undo' }).click();
  await expect(a.getByRole('group', { name: /^Version kept from another tab/ })).toContainText(
    'From B.',
  );
  await expect(notesA).toHaveValue(/From A\.$/);
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

test('Undo import in one tab keeps an account another tab edited since, and says so', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto('/accounts');
  await expect(a.getByText('60 accounts', { exact: true })).toBeVisible();
  await a.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = a.getByRole('dialog', { name: 'Import CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'two.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'name,domain,industry\nZephyr Tiles,zephyr.example,Retail\nQuokka Labs,quokka.example,Retail\n',
    ),
  });
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await dialog.getByRole('button', { name: 'Import 2 accounts' }).click();
  await expect(dialog.getByRole('heading', { name: 'Imported “two.csv”' })).toBeVisible();

  // Tab B, opened after the import, moves one imported account into a cohort.
  const b = await context.newPage();
  await b.goto('/accounts');
  await expect(b.getByText('62 accounts', { exact: true })).toBeVisible();
  await b.getByRole('searchbox', { name: 'Find' }).fill('example');
  await expect(b.getByText('2 of 62 accounts', { exact: true })).toBeVisible();
  await setCohort(b, 'Zephyr Tiles', 'Power user');

  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(
    dialog.getByText(
      'Import of “two.csv” undone. 1 account edited since the import was kept as edited.',
    ),
  ).toBeVisible();
  await expect(b.getByText('1 of 61 accounts', { exact: true })).toBeVisible();
  await expect(
    b.getByRole('button', { name: 'Cohort for Zephyr Tiles: Power user' }),
  ).toBeVisible();
  await expect(b.getByRole('link', { name: 'Quokka Labs' })).toHaveCount(0);
});
