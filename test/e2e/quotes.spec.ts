import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens the Quotes page of the demo workspace and returns the total count. */
async function openQuotes(page: Page): Promise<number> {
  await page.goto('/quotes');
  const count = page.getByText(/^[\d,]+ quotes$/);
  await expect(count).toBeVisible();
  return Number((await count.textContent())?.split(' ')[0]?.replace(/,/g, ''));
}

const quoteRows = (page: Page) =>
  page
    .getByRole('table', { name: /^Quotes/ })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox') })
    .filter({
      hasNot: page.getByRole('checkbox', { name: 'Select all shown' }),
    });

async function chipNames(row: Locator): Promise<string[]> {
  return row.getByRole('list', { name: 'Codes' }).getByRole('listitem').allTextContents();
}

async function filteredCount(page: Page, total: number): Promise<number> {
  const text = page.getByText(new RegExp(`^[\\d,]+ of ${total} quotes$`));
  await expect(text).toBeVisible();
  return Number((await text.textContent())?.split(' ')[0]);
}

test('lists every quote with its account, cohort, interview, speaker and codes, and filters them', async ({
  page,
}) => {
  const total = await openQuotes(page);
  expect(total).toBeGreaterThan(100);
  const first = quoteRows(page).first();
  await expect(first.getByRole('rowheader')).not.toBeEmpty();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^\/accounts\//);
  await expect(first.locator('.cohort-badge')).toBeVisible();
  await expect(first.getByRole('link', { name: /^\d{4}-\d{2}-\d{2}$/ })).toHaveAttribute(
    'href',
    /^\/interviews\/[^?]+\?quote=/,
  );
  expect((await chipNames(first)).length).toBeGreaterThan(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'Codebook' })).toHaveAttribute(
    'href',
    '/codebook',
  );

  await page
    .getByRole('combobox', { name: 'Cohort', exact: true })
    .selectOption({ label: 'Churner' });
  const churners = await filteredCount(page, total);
  expect(churners).toBeGreaterThan(0);
  expect(churners).toBeLessThan(total);
  await expect(quoteRows(page).first().locator('.cohort-badge')).toHaveText('Churner');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText(`${total} quotes`, { exact: true })).toBeVisible();
  const code = page.getByRole('combobox', { name: 'Code', exact: true });
  await code.selectOption({ label: 'Manual reporting eats hours' });
  const coded = await filteredCount(page, total);
  expect(coded).toBeGreaterThan(0);
  expect(await chipNames(quoteRows(page).first())).toContain('Manual reporting eats hours');
  await expect(page).toHaveURL(/[?&]code=/);

  // The filter is in the URL, so it survives a reload.
  await page.reload();
  await expect(page.getByText(`${coded} of ${total} quotes`)).toBeVisible();
  await page.getByRole('combobox', { name: 'Code kind' }).selectOption({ label: 'Pain point' });
  // The code is a pain point, so also asking for the kind keeps the count.
  await expect(page.getByText(`${coded} of ${total} quotes`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find' }).fill('zzzz-no-such-words');
  await expect(page.getByRole('heading', { name: 'No quotes match these filters' })).toBeVisible();
});

test('bulk adds a code to two selected quotes, and Undo takes it off again', async ({ page }) => {
  const total = await openQuotes(page);
  const rows = quoteRows(page);
  const had = [...(await chipNames(rows.nth(0))), ...(await chipNames(rows.nth(1)))];
  const picker = page.getByRole('combobox', { name: 'Code for selected quotes' });
  const labels = (await picker.locator('option').allTextContents()).slice(1);
  const code = labels.find((label) => !had.includes(label));
  if (!code) throw new Error('Every code is on the first two quotes.');

  await rows
    .nth(0)
    .getByRole('checkbox', { name: /^Select quote “/ })
    .check();
  await rows
    .nth(1)
    .getByRole('checkbox', { name: /^Select quote “/ })
    .check();
  await expect(page.getByText('2 quotes selected')).toBeVisible();
  await picker.selectOption({ label: code });
  await page.getByRole('button', { name: 'Add code' }).click();
  await expect(page.getByText(`Added “${code}” to 2 quotes`)).toBeVisible();
  // The toast follows the write; the list follows its live query a moment later.
  await expect.poll(() => chipNames(rows.nth(0))).toContain(code);
  await expect.poll(() => chipNames(rows.nth(1))).toContain(code);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Codes of 2 quotes restored')).toBeVisible();
  await expect.poll(() => chipNames(rows.nth(0))).not.toContain(code);
  await expect.poll(() => chipNames(rows.nth(1))).not.toContain(code);

  // "Select all shown" selects exactly the filtered quotes.
  await page
    .getByRole('combobox', { name: 'Cohort', exact: true })
    .selectOption({ label: 'Lost deal' });
  const lost = await filteredCount(page, total);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(page.getByText(`${lost} quotes selected`)).toBeVisible();
});

test('opens a quote in its interview', async ({ page }) => {
  await openQuotes(page);
  const link = quoteRows(page)
    .first()
    .getByRole('link', { name: /^\d{4}-\d{2}-\d{2}$/ });
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(/\/interviews\/[^?]+\?quote=.+/);
  expect(page.url()).toContain(href ?? 'missing');
  // The quote itself is selected in the notes or transcript, not just its interview opened.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (el instanceof HTMLTextAreaElement) {
          return el.value.slice(el.selectionStart, el.selectionEnd);
        }
        return window.getSelection()?.toString() ?? '';
      }),
    )
    .not.toBe('');
});

/** A Codebook row by its code name, exactly. */
const codeRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

async function quoteCount(row: Locator): Promise<number> {
  return Number(await row.getByRole('cell').nth(2).textContent());
}

test('codebook: rename a code, merge it into another, and Undo the merge', async ({ page }) => {
  await page.goto('/codebook');
  await expect(page.getByRole('heading', { name: 'Codebook', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Codebook · Tourbook');
  for (const heading of [
    'Pain point',
    'Buying trigger',
    'Persona / buying role',
    'Failure reason',
  ]) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Process', level: 3 })).toBeVisible();

  const painTable = page.getByRole('table', { name: 'Pain point' });
  const names = await painTable.getByRole('rowheader').allTextContents();
  const counts: number[] = [];
  for (const name of names) counts.push(await quoteCount(codeRow(page, name)));
  const used = names.filter((_, i) => (counts[i] ?? 0) > 0);
  const [a, b] = used;
  if (!a || !b) throw new Error('The demo needs two pain points with quotes.');
  const aQuotes = counts[names.indexOf(a)] ?? 0;
  const bQuotes = counts[names.indexOf(b)] ?? 0;

  await page.getByRole('button', { name: `Edit “${a}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit “${a}”` });
  await dialog.getByLabel('Name').fill(`${a} (renamed)`);
  await dialog.getByRole('button', { name: 'Save code' }).click();
  await expect(dialog).toBeHidden();
  const renamed = `${a} (renamed)`;
  await expect(codeRow(page, renamed)).toBeVisible();
  expect(await quoteCount(codeRow(page, renamed))).toBe(aQuotes);

  await page.getByRole('button', { name: `Merge “${renamed}” into…` }).click();
  const merge = page.getByRole('dialog', { name: `Merge “${renamed}”` });
  await merge.getByRole('combobox', { name: `Merge “${renamed}” into` }).selectOption({ label: b });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(`Merged “${renamed}” into “${b}”`)).toBeVisible();
  await expect(codeRow(page, renamed)).toHaveCount(0);
  await expect.poll(() => quoteCount(codeRow(page, b))).toBeGreaterThan(bQuotes);
  expect(await quoteCount(codeRow(page, b))).toBeLessThanOrEqual(aQuotes + bQuotes);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(codeRow(page, renamed)).toBeVisible();
  await expect.poll(() => quoteCount(codeRow(page, b))).toBe(bQuotes);
  await expect.poll(() => quoteCount(codeRow(page, renamed))).toBe(aQuotes);
});

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

async function search(page: Page, query: string) {
  await searchBox(page).fill(query);
  await expect(results(page)).toHaveAttribute('data-results-for', query);
}

test('search finds a coded quote, marks the match, and opens it from the keyboard', async ({
  page,
}) => {
  await openQuotes(page);
  await expect(searchBox(page)).toHaveAttribute('data-index-state', 'ready');
  await expect(searchBox(page)).toHaveAttribute('placeholder', 'Search');
  const text = (await quoteRows(page).first().getByRole('rowheader').textContent()) ?? '';
  const word = [...text.matchAll(/\p{L}{6,}/gu)]
    .map((m) => m[0])
    .sort((x, y) => y.length - x.length)[0];
  if (!word) throw new Error(`No long word in “${text}”.`);

  await page.getByRole('heading', { name: 'Quotes', level: 1 }).click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(word);
  await expect(results(page)).toHaveAttribute('data-results-for', word);
  const quotes = results(page).getByRole('group', { name: /^Quotes/ });
  await expect(quotes.getByRole('option').first()).toBeVisible();
  // Fuzzy matching may put a near word first; the typed one is marked on some quote.
  await expect(
    quotes
      .locator('mark')
      .filter({ hasText: new RegExp(`^${word}$`, 'i') })
      .first(),
  ).toBeVisible();

  // The quote group comes last: walk down to its first hit.
  const before =
    (await results(page).getByRole('listbox').getByRole('option').count()) -
    (await quotes.getByRole('option').count());
  for (let i = 0; i <= before; i++) await page.keyboard.press('ArrowDown');
  const active = await searchBox(page).getAttribute('aria-activedescendant');
  await expect(quotes.getByRole('option').first()).toHaveAttribute('id', active ?? 'none');
  await expect(quotes.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/interviews\/[^?]+\?quote=.+/);
  await expect(results(page)).toBeHidden();
});

test('search matches prefixes and typos, filters by cohort, closes on Escape and shows HTML as text', async ({
  page,
}) => {
  await page.goto('/accounts');
  await expect(searchBox(page)).toHaveAttribute('data-index-state', 'ready');
  await searchBox(page).click();

  await search(page, 'onboa');
  // A prefix marks a whole word that starts with it: "onboard", "onboarding".
  await expect(results(page).locator('mark').first()).toHaveText(/^onboa[a-z]+$/i);
  const all = Number((await results(page).getByRole('status').textContent())?.split(' ')[0]);
  expect(all).toBeGreaterThan(0);

  await results(page).getByRole('combobox', { name: 'Cohort' }).selectOption({ label: 'Churners' });
  await expect(results(page).getByRole('status')).not.toHaveText(`${all} matches`);
  await results(page)
    .getByRole('combobox', { name: 'Cohort' })
    .selectOption({ label: 'All cohorts' });
  await expect(results(page).getByRole('status')).toHaveText(`${all} matches`);

  await search(page, 'onbaording');
  await expect(results(page).getByRole('listbox').getByRole('option').first()).toBeVisible();
  await expect(results(page).locator('mark').first()).toHaveText(/^onboarding$/i);

  await searchBox(page).press('Escape');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveValue('onbaording');

  const html = '<img src=x onerror=alert(1)><b>onboarding</b>';
  await search(page, html);
  await expect(results(page).getByText(`No matches for “${html}”`)).toBeVisible();
  await expect(results(page).locator('img, b')).toHaveCount(0);
});

test('search starts from its saved segments after a reload, reading no record again', async ({
  page,
}) => {
  await page.goto('/accounts');
  await expect(searchBox(page)).toHaveAttribute('data-index-state', 'ready');
  // Saved 5 s after the last change; pagehide also saves, but a reload may not wait for it.
  await expect(searchBox(page)).toHaveAttribute('data-index-saved', 'true', { timeout: 30_000 });

  await page.reload();
  await expect(searchBox(page)).toHaveAttribute('data-index-state', 'ready');
  await expect(searchBox(page)).toHaveAttribute('data-index-syncing', 'false');
  await expect(searchBox(page)).toHaveAttribute('data-index-read', '0');
  await searchBox(page).click();
  await search(page, 'onboa');
  await expect(results(page).locator('mark').first()).toHaveText(/^onboa[a-z]+$/i);
});
