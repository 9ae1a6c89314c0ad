import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateAccountsCsv } from '../fixtures/csv/generateAccountsCsv';

const FIXTURES = 'test/fixtures/csv';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`);

/** A file in the test's own output folder, for inputs too big to pass as a buffer. */
function writeOutputFile(testInfo: TestInfo, name: string, content: string | Buffer): string {
  mkdirSync(testInfo.outputDir, { recursive: true });
  const path = testInfo.outputPath(name);
  writeFileSync(path, content);
  return path;
}

/** The demo workspace every fresh browser context starts with. */
const DEMO_ACCOUNTS = 60;

async function openAccounts(page: Page) {
  await page.goto('/accounts');
  await expect(page.getByText(`${DEMO_ACCOUNTS} accounts`, { exact: true })).toBeVisible();
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await expect(dialog.getByLabel('CSV file')).toBeVisible();
  return dialog;
}

async function choose(dialog: Locator, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await dialog.getByLabel('CSV file').setInputFiles({ name, mimeType, buffer });
}

/** A generated accounts CSV, chosen from disk: megabytes are not sent over the protocol. */
async function chooseGenerated(dialog: Locator, testInfo: TestInfo, name: string, csv: string) {
  await dialog.getByLabel('CSV file').setInputFiles(writeOutputFile(testInfo, name, csv));
}

/**
 * Waits for `done` for as long as the app's progress bar keeps moving, instead of on a clock:
 * on a busy machine a big file takes longer but is not cut off while the app visibly works,
 * and a bar that stops (no new value within `stallTimeout`, by default the expect timeout)
 * still fails the journey.
 */
async function waitThroughProgress(bar: Locator, done: Locator, stallTimeout?: number) {
  for (;;) {
    const shown = await bar.evaluateAll((bars) =>
      bars.map((b) => b.getAttribute('aria-valuetext')),
    );
    if (shown.length === 0 && (await done.isVisible())) return;
    const value = shown[0];
    // Before the bar shows, wait for it (or for `done`); while it shows, for a new value.
    const moved =
      value === undefined || value === null
        ? bar
        : bar.and(bar.page().locator(`:not([aria-valuetext=${JSON.stringify(value)}])`));
    await expect(
      done.or(moved).first(),
      `no progress since “${value ?? 'no bar yet'}”, and not done`,
    ).toBeVisible(stallTimeout === undefined ? {} : { timeout: stallTimeout });
    if (await done.isVisible()) return;
  }
}

async function checkRows(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  const review = dialog.getByRole('heading', { name: 'Review' });
  await waitThroughProgress(dialog.getByRole('progressbar', { name: 'Checking rows' }), review);
  await expect(review).toBeVisible();
}

const confirmButton = (dialog: Locator) => dialog.getByRole('button', { name: /^Import \d/ });

test('imports the messy HubSpot export: preset detected, duplicates resolved, text kept literal', async ({
  page,
}) => {
  await openAccounts(page);
  let dialog = await openImport(page);
  await choose(dialog, 'hubspot-companies-messy.csv', fixture('hubspot-companies-messy.csv'));

  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('hubspot-companies');
  await expect(
    dialog.getByRole('combobox', { name: 'Field for column “Company name”' }),
  ).toHaveValue('name');
  // HubSpot's Annual Revenue is the company's own revenue, not ARR: kept aside by default.
  await expect(
    dialog.getByRole('combobox', { name: 'Field for column “Annual Revenue”' }),
  ).toHaveValue('custom');
  await dialog
    .getByRole('combobox', { name: 'Field for column “Description”' })
    .selectOption({ label: 'Custom field' });
  await checkRows(dialog);

  // Rows 1 and 8 are both acme.com: one group, skipped by default, never two accounts.
  const acme = dialog.getByRole('group', { name: 'Acme Corp' });
  await expect(acme).toContainText('Rows 1 and 8 of the file are one company');
  await expect(acme.getByRole('radio', { name: /^Skip/ })).toBeChecked();
  await acme.getByRole('radio', { name: /^Update/ }).check();
  await expect(dialog.getByText('create 24 accounts, update 0 and skip 1')).toBeVisible();

  await confirmButton(dialog).click();
  await expect(dialog.getByText('Created 24 · Updated 0 · Skipped 1')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText(`${DEMO_ACCOUNTS + 24} accounts`, { exact: true })).toBeVisible();
  // "Update" in a file-only group keeps the last row.
  await expect(page.getByRole('link', { name: 'Acme Corporation', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Acme Corp', exact: true })).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: '<img src=x onerror=alert(1)>', exact: true }),
  ).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The table is virtualised: filter to bring a row far down the list into the DOM.
  await page.getByRole('searchbox', { name: 'Find' }).fill('Initech');
  await expect(page.getByRole('cell', { name: '=HYPERLINK("http://evil","x")' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find' }).fill('');

  // The edited mapping was remembered for the HubSpot preset; the rows now match stored ones.
  dialog = await openImport(page);
  await choose(dialog, 'hubspot-companies-messy.csv', fixture('hubspot-companies-messy.csv'));
  await expect(
    dialog.getByRole('combobox', { name: 'Field for column “Description”' }),
  ).toHaveValue('custom');
  await checkRows(dialog);
  await expect(dialog.getByRole('heading', { name: 'Duplicates: 24 groups' })).toBeVisible();
  await expect(confirmButton(dialog)).toBeDisabled();
  await expect(dialog.getByText(/Every row is skipped/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Update all' }).click();
  await expect(confirmButton(dialog)).toHaveText('Import 24 accounts');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(`${DEMO_ACCOUNTS + 24} accounts`, { exact: true })).toBeVisible();
});

test('a 10,000-row file with one bad cell names the row and column and writes nothing', async ({
  page,
}, testInfo) => {
  await openAccounts(page);
  const dialog = await openImport(page);
  const csv = generateAccountsCsv(10_000, {
    badRow: { row: 7778, column: 'arr', value: 'twelve' },
  });
  await chooseGenerated(dialog, testInfo, 'accounts-10k.csv', csv);
  await checkRows(dialog);

  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('1 row failed validation. Nothing was imported.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'Row 7778: arr — expected a number, got “twelve”',
  ]);
  await expect(confirmButton(dialog)).toBeDisabled();

  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download bad rows (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('accounts-10k-bad-rows.csv');
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^error,name,domain,/);
  expect(lines[1]).toMatch(/^"?arr — expected a number, got “twelve”"?,.*,twelve,/);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(`${DEMO_ACCOUNTS} accounts`, { exact: true })).toBeVisible();
});

test('a valid 10,000-row import lands whole, and Undo import restores the previous count', async ({
  page,
}, testInfo) => {
  // 10,000 rows are read, checked, written and taken out again: 11–24 s with the machine's
  // load average at 11–25 (another build and other suites beside it); the write takes ≈2 s of
  // that and the undo 2–4 s.
  test.setTimeout(60_000);
  await openAccounts(page);
  const dialog = await openImport(page);
  await chooseGenerated(dialog, testInfo, 'accounts-10k.csv', generateAccountsCsv(10_000));
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('tourbook-accounts');
  await checkRows(dialog);
  await expect(confirmButton(dialog)).toHaveText('Import 10,000 accounts');
  await confirmButton(dialog).click();
  await waitThroughProgress(
    dialog.getByRole('progressbar', { name: 'Writing the import' }),
    dialog.getByRole('heading', { name: 'Imported “accounts-10k.csv”' }),
  );
  await expect(dialog.getByText('Created 10,000 · Updated 0 · Skipped 0')).toBeVisible();
  await expect(page.getByText('10,060 accounts', { exact: true })).toBeVisible();

  // Undo takes the 10,000 accounts out in one transaction and shows no progress while it does
  // (the button is disabled meanwhile): 2–4 s with the machine's load average at 11–25, so it
  // gets more than the default expect timeout.
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(
    dialog.getByText(
      'Import of “accounts-10k.csv” undone: the workspace is back to how it was before it.',
    ),
  ).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(`${DEMO_ACCOUNTS} accounts`, { exact: true })).toBeVisible();
});

test('imports Salesforce opportunities: report furniture skipped, accounts linked or created, reasons classified', async ({
  page,
}) => {
  await openAccounts(page);
  let dialog = await openImport(page);
  await choose(dialog, 'salesforce-opportunities.csv', fixture('salesforce-opportunities.csv'));
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue(
    'salesforce-opportunities',
  );
  await checkRows(dialog);

  const notes = dialog.getByRole('list', { name: 'Notes about the file' });
  await expect(notes).toContainText('Skipped 4 line(s) above the header');
  await expect(notes).toContainText('Skipped 7 line(s) after the data');
  await expect(dialog.getByText('Won 4 · Lost 8 · Open 3.')).toBeVisible();
  await expect(
    dialog.getByText(/13 accounts named by deals are not in this workspace/),
  ).toBeVisible();

  const reasons = dialog.getByRole('region', { name: 'Loss reasons no rule matched' });
  await expect(reasons.getByRole('rowheader')).toHaveText(["Went with a competitor's bundle"]);
  await reasons
    .getByRole('combobox', { name: "Category for “Went with a competitor's bundle”" })
    .selectOption('product');

  // A keyword rule classifies it from now on, so the question goes away.
  await dialog.getByText('Loss reason rules').click();
  const external = dialog.getByRole('textbox', { name: 'External keywords' });
  await expect(external).toHaveValue(/budget freeze/);
  await external.fill(`${await external.inputValue()}\ncompetitor`);
  await dialog.getByRole('button', { name: 'Apply rules' }).click();
  await expect(reasons).toBeHidden();

  await expect(confirmButton(dialog)).toHaveText('Import 15 deals');
  await confirmButton(dialog).click();
  await expect(dialog.getByText('Created 15 · Updated 0 · Skipped 0')).toBeVisible();
  await expect(
    dialog.getByText('13 new accounts created for deals that named them.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(`${DEMO_ACCOUNTS + 13} accounts`, { exact: true })).toBeVisible();

  // The saved rule is used next time, and the same opportunities are recognised by CRM id.
  dialog = await openImport(page);
  await choose(dialog, 'salesforce-opportunities.csv', fixture('salesforce-opportunities.csv'));
  await checkRows(dialog);
  await expect(dialog.getByRole('heading', { name: 'Duplicates: 15 groups' })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Loss reasons no rule matched' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('searchbox', { name: 'Find' }).fill('Kramerica');
  await page.getByRole('link', { name: 'Kramerica Industries', exact: true }).click();
  const deals = page.getByRole('region', { name: 'Deals' });
  await expect(deals.getByRole('rowheader', { name: 'Kramerica - Oil bladder' })).toBeVisible();
  await expect(deals.getByRole('cell', { name: /Went with a competitor's bundle/ })).toContainText(
    'external',
  );
  await page.goto('/accounts');
  await page.getByRole('searchbox', { name: 'Find' }).fill('Acme');
  await page.getByRole('link', { name: 'Acme Corp', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Deals' }).getByRole('rowheader')).toHaveText([
    /Acme - /,
    /Acme - /,
  ]);
});

test('bad files each get a clear message and write nothing', async ({ page }, testInfo) => {
  await openAccounts(page);
  const dialog = await openImport(page);
  const alert = dialog.getByRole('alert');

  await choose(dialog, 'logo.png', fixture('binary.bin'), 'image/png');
  await expect(alert).toContainText('“logo.png” cannot be imported. Nothing was written.');
  await expect(alert).toContainText('does not look like CSV text');

  await choose(dialog, 'empty.csv', Buffer.alloc(0));
  await expect(alert).toContainText('This file is empty.');

  await choose(dialog, 'header-only.csv', fixture('header-only.csv'));
  await expect(alert).toContainText('This file has a header row but no data rows.');

  const huge = writeOutputFile(testInfo, 'huge.csv', Buffer.alloc(51 * 1024 * 1024, 'a,b\n'));
  await dialog.getByLabel('CSV file').setInputFiles(huge);
  await expect(alert).toContainText('files over 50.0 MB cannot be imported');

  // Too few rows for papaparse to guess the delimiter: the library says so, one click re-reads.
  await choose(dialog, 'one-row.csv', Buffer.from('name;domain\nAcme;acme.com\n'));
  await expect(alert).toContainText('Everything landed in one column');
  await alert.getByRole('button', { name: 'Read again with semicolon (;)' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Field for column “domain”' })).toHaveValue(
    'domain',
  );
  await dialog.getByRole('button', { name: 'Choose another file' }).click();

  await choose(dialog, 'semicolon.csv', fixture('semicolon.csv'));
  await expect(dialog.getByRole('combobox', { name: 'Field for column “arr”' })).toHaveValue('arr');
  await checkRows(dialog);
  await expect(dialog.getByRole('list', { name: 'Notes about the file' })).toContainText(
    'Columns are separated by semicolons (;).',
  );
  await expect(confirmButton(dialog)).toHaveText('Import 3 accounts');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${DEMO_ACCOUNTS} accounts`, { exact: true })).toBeVisible();
});

test('formula cells, HTML and a __proto__ column are stored as plain text; ambiguous dates are asked', async ({
  page,
}) => {
  await openAccounts(page);
  const dialog = await openImport(page);
  const csv = [
    'name,domain,customerSince,__proto__',
    '"=1+2",formula.example,03/04/2024,"{""polluted"":true}"',
    '<b>Bold Inc</b>,bold.example,05/06/2024,plain',
  ].join('\n');
  await choose(dialog, 'tricky.csv', Buffer.from(csv));
  await dialog
    .getByRole('combobox', { name: 'Field for column “__proto__”' })
    .selectOption({ label: 'Custom field' });
  await checkRows(dialog);

  await expect(dialog.getByRole('list', { name: 'Notes about the file' })).toContainText(
    '“__proto__” cannot be a custom field name; it is stored as “__proto__ (column)”.',
  );
  const order = dialog.getByRole('combobox', { name: 'Date order for column “customerSince”' });
  await expect(order).toHaveAccessibleDescription('For example 03/04/2024, 05/06/2024');
  await expect(confirmButton(dialog)).toBeDisabled();
  await order.selectOption('DMY');
  // The question stays, so the answer can be changed.
  await expect(order).toHaveValue('DMY');
  await expect(confirmButton(dialog)).toBeEnabled();
  await confirmButton(dialog).click();
  await expect(dialog.getByText('Created 2 · Updated 0 · Skipped 0')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByText(`${DEMO_ACCOUNTS + 2} accounts`, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '<b>Bold Inc</b>', exact: true })).toBeVisible();
  await page.getByRole('link', { name: '=1+2', exact: true }).click();
  await expect(page.getByRole('heading', { name: '=1+2', level: 1 })).toBeVisible();
  await expect(page.getByText('2024-04-03')).toBeVisible();
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
});

test.describe('reading progress', () => {
  // The worker script is held back below; a service worker could answer from its cache instead.
  test.use({ serviceWorkers: 'block' });

  test('Cancel stops a read; the mapping shows while the rest is read, with a row count against an estimate', async ({
    page,
  }, testInfo) => {
    // Reads a ≈40 MB file: 5–8 s with one build beside it, 13–18 s with the machine's load
    // average at 20–25.
    test.setTimeout(60_000);
    await openAccounts(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/parseCsv\.worker.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const dialog = await openImport(page);
    await choose(dialog, 'hubspot-companies-messy.csv', fixture('hubspot-companies-messy.csv'));
    await expect(dialog.getByRole('progressbar', { name: 'Reading CSV' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Import cancelled. Nothing was written.');
    release();

    // ≈40 MB from disk (a path, so it is not sent over the wire): the same 10,000 generated
    // rows ten times over, as reading does not look at what they say and generating 100,000
    // took the test process seconds on a busy machine. The counts it shows while parsing are
    // recorded in the page, as they may change faster than a test can look.
    const tenThousand = generateAccountsCsv(10_000);
    const headerEnd = tenThousand.indexOf('\r\n') + 2;
    const rows = tenThousand.slice(headerEnd);
    const big = writeOutputFile(testInfo, 'big.csv', tenThousand);
    for (let copy = 1; copy < 10; copy += 1) appendFileSync(big, `\r\n${rows}`);
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { progressTexts: seen });
      new MutationObserver((records) => {
        for (const r of records) {
          const text = r.target instanceof Element ? r.target.getAttribute('aria-valuetext') : null;
          if (text) seen.push(text);
        }
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
    });
    await dialog.getByLabel('CSV file').setInputFiles(big);
    // The mapping comes from the file's first rows, so it shows while the rest is read.
    await expect(dialog.getByRole('heading', { name: 'Map columns' })).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('tourbook-accounts');
    // After the last row the bar stands at "100,001 lines read" (the header is one) while the
    // 100,000 rows are handed to the page: 4.8 s at load average ≈20, so more than the default.
    const counted = dialog.getByText(/^“big\.csv”: 100,000 rows, /);
    await waitThroughProgress(
      dialog.getByRole('progressbar', { name: 'Reading CSV' }),
      counted,
      20_000,
    );
    await expect(counted).toBeVisible();
    const texts = await page.evaluate(
      () => (window as unknown as { progressTexts: string[] }).progressTexts,
    );
    const estimates = texts.flatMap((t) => {
      const match = /^[\d,]+ of ~([\d,]+) lines$/.exec(t);
      return match?.[1] ? [Number(match[1].replace(/,/g, ''))] : [];
    });
    expect(estimates.length).toBeGreaterThan(0);
    for (const estimate of estimates) expect(Math.abs(estimate - 100_000)).toBeLessThan(10_000);
  });
});
