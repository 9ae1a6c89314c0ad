import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { expect, test } from './fixtures';

/*
 * Issue 13, item 4: the downloaded Markdown brief, rendered by common renderers with their
 * default options (marked passes raw HTML through) in a page without CSP, runs no script and
 * links nowhere, with hostile text in an IS line, a trait name and a quote. Every payload
 * counts its runs in window.__ran.
 */

const RAN = 'window.__ran=(window.__ran||0)+1';
const PAYLOADS = {
  img: `<img src=x onerror="${RAN}">`,
  script: `<script>${RAN}</script>`,
  mdLink: `[y](javascript:${RAN})`,
  aLink: `<a href="javascript:${RAN}">a</a>`,
  mdImage: `![i](x" onerror="${RAN})`,
  autolink: `<javascript:${RAN}>`,
} as const;
const ALL = Object.values(PAYLOADS);
/** Under the 200 characters of a trait name. */
const TRAIT = `${PAYLOADS.img} ${PAYLOADS.mdLink} ${PAYLOADS.autolink}`;
const QUOTE = ALL.join(' ');

const renderMarked = (markdown: string) => new Marked().parse(markdown, { async: false });
const RENDERERS: readonly (readonly [string, (markdown: string) => string])[] = [
  ['markdown-it', (markdown) => new MarkdownIt().render(markdown)],
  ['marked', renderMarked],
];

/** A page with no CSP showing `html`, once the HTML and its images have loaded or failed. */
async function open(context: BrowserContext, html: string): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

const runs = (page: Page) =>
  page.evaluate(() => (window as Window & { __ran?: number }).__ran ?? null);

/**
 * Clicks every link, then one of the test's own after them: javascript: URLs run in the order
 * they were clicked, so once the last has run, any script the others held has run too.
 */
async function clickEveryLink(page: Page) {
  for (const link of await page.getByRole('link').all()) await link.click();
  await page.evaluate(() => {
    const done = document.createElement('a');
    done.href = 'javascript:window.__done=1';
    done.textContent = 'done';
    document.body.append(done);
  });
  await page.getByRole('link', { name: 'done', exact: true }).click();
  await page.waitForFunction(() => (window as Window & { __done?: number }).__done === 1);
}

/** Sources and handlers a script could come from: javascript: URLs and on* attributes. */
const scriptSources = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter(
          (a) =>
            a.name.startsWith('on') ||
            (['href', 'src', 'action', 'formaction'].includes(a.name) &&
              /^\s*javascript:/i.test(a.value)),
        )
        .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
    ),
  );

test('the downloaded brief, rendered with markdown-it and marked, runs no script', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);

  // The harness sees a script run: the payloads as raw Markdown, without the brief's escaping.
  const raw = await open(context, renderMarked(ALL.join('\n\n')));
  await expect.poll(() => runs(raw)).toBeGreaterThan(0);
  const onLoad = (await runs(raw)) ?? 0;
  await clickEveryLink(raw);
  expect(await runs(raw)).toBeGreaterThan(onLoad);
  await raw.close();

  await page.goto('/icp');
  await expect(page.getByRole('heading', { name: /Version 1 · Draft/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add trait', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New trait' });
  await dialog.getByLabel('Name').fill(TRAIT);
  await dialog.getByRole('button', { name: 'Create trait' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('region', { name: 'Traits' })
      .getByRole('rowheader', { name: TRAIT, exact: true }),
  ).toBeVisible();

  await page.getByLabel('ICP IS', { exact: true }).fill(ALL.join('\n'));
  await page.getByRole('button', { name: 'Save IS / IS NOT' }).click();
  await expect(page.getByRole('region', { name: 'IS / IS NOT' }).getByRole('status')).toHaveText(
    'Saved',
  );

  // The print view lists the stored lines as text.
  await page.emulateMedia({ media: 'print' });
  for (const payload of ALL) {
    await expect(page.getByRole('listitem').getByText(payload, { exact: true })).toBeVisible();
  }
  await page.emulateMedia({ media: null });

  // A quote of the notes, linked to the trait, so the brief quotes it under that trait.
  await page.goto('/interviews');
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Account').selectOption({ index: 1 });
  await expect(page.getByLabel('Guide')).not.toHaveValue('');
  await page.getByRole('group', { name: 'Contacts' }).getByRole('checkbox').first().check();
  await page.getByLabel('Interviewer').fill('Priya Raman');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await expect(page.getByRole('heading', { name: /^Interview with /, level: 1 })).toBeVisible();
  const notes = page.getByLabel('Notes', { exact: true });
  await notes.fill(`Intro.\n${QUOTE}\nLast line.`);
  await notes.evaluate((el: HTMLTextAreaElement, quote) => {
    el.focus();
    const start = el.value.indexOf(quote);
    el.setSelectionRange(start, start + quote.length);
  }, QUOTE);
  await page.getByRole('button', { name: 'Create quote from selection' }).click();
  const quotes = page.getByRole('region', { name: 'Quotes in this interview' });
  const item = quotes.getByRole('listitem').filter({ has: page.getByText(QUOTE, { exact: true }) });
  // The box follows the stored quote, so the list of the quote's traits says when it landed.
  await item.getByRole('checkbox', { name: TRAIT, exact: true }).click();
  await expect(item.getByRole('list', { name: 'Traits' })).toHaveText(TRAIT);
  await item.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  expect(await runs(page)).toBeNull();

  await page.goto('/icp');
  await expect(page.getByRole('heading', { name: /Version 1 · Draft/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download brief (.md)' }).click(),
  ]);
  const brief = await readFile(await download.path(), 'utf8');
  expect(brief).not.toMatch(/<(img|script|a |javascript:)/i);
  expect(await runs(page)).toBeNull();

  for (const [name, render] of RENDERERS) {
    const shown = await open(context, render(brief));
    expect(await scriptSources(shown), name).toEqual([]);
    await clickEveryLink(shown);
    expect(await runs(shown), name).toBeNull();
    // The list under "ICP IS"; reviewer decisions come first in the brief.
    const isList = shown
      .getByRole('heading', { name: 'ICP IS', exact: true })
      .locator('xpath=following-sibling::ul[1]');
    for (const payload of ALL) {
      await expect(isList.getByText(payload, { exact: true })).toBeVisible();
    }
    await expect(
      shown.getByRole('heading', {
        level: 3,
        name: `${TRAIT} (+3, must-have, behavioural)`,
        exact: true,
      }),
    ).toBeVisible();
    await expect(shown.locator('blockquote')).toContainText(`“${QUOTE}” — `);
    await shown.close();
  }
});
