// 50,000 accounts: how many rows the table puts in the DOM, long tasks while scrolling, and an
// inline cohort edit: how soon the stored change is on screen and the longest task after it.
// The page marks 'accounts:shown' each time it has rendered a new list of accounts.
import { currentWorkspaceDbName, putRecords, syntheticAccounts } from '../seedInBrowser.mjs';

const EDITS = 5;

/** `--scale 5` runs this at 250,000 accounts. */
export const scalable = true;

export async function run({ context, baseURL, scale }) {
  const ACCOUNTS = 50_000 * scale;
  const size = ACCOUNTS.toLocaleString('en-US');
  const page = await context.newPage();
  await page.goto(`${baseURL}/accounts`);
  const before = Number((await page.getByText(/^\d+ accounts$/).textContent()).replace(/\D/g, ''));
  const dbName = await currentWorkspaceDbName(page);
  const all = syntheticAccounts(ACCOUNTS);
  for (let i = 0; i < all.length; i += 10_000) {
    await putRecords(page, dbName, 'accounts', all.slice(i, i + 10_000));
  }
  await page.reload();
  await page
    .getByText(`${(ACCOUNTS + before).toLocaleString('en-US')} accounts`)
    .waitFor({ timeout: 60_000 * scale });

  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  let maxRows = 0;
  const scroller = page
    .getByRole('region', { name: 'Accounts table' })
    .or(page.locator('.accounts-scroll'));
  const box = await scroller.first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 60; step++) {
    await page.mouse.wheel(0, 2500);
    await page.waitForTimeout(30);
    if (step % 5 === 0) {
      maxRows = Math.max(maxRows, await page.locator('.accounts-scroll tbody tr').count());
    }
  }
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() => window.__longTasks);
  const worst = longTasks.length ? Math.max(...longTasks) : 0;

  const edits = [];
  for (let i = 0; i < EDITS; i++) edits.push(await inlineEdit(page, i));
  const shown = edits.map((e) => e.shownMs).sort((a, b) => a - b);
  const worstAfter = Math.max(...edits.map((e) => e.worstTask));
  const medianShown = shown[Math.floor(shown.length / 2)];
  // ARCHITECTURE.md budgets the edit at 50,000 accounts; five times that is reported for its growth.
  const editBudget = scale > 1 ? 'reported (100 ms at 50,000)' : '100 ms';
  return [
    {
      name: `accounts table, ${size} rows: an inline cohort edit stored and on screen (median of ${EDITS})`,
      measured: `${Math.round(medianShown)} ms (${shown.map(Math.round).join(', ')})`,
      budget: editBudget,
      ok: scale > 1 || medianShown <= 100,
      value: medianShown,
    },
    {
      name: `accounts table, ${size} rows: longest task after an inline edit`,
      measured: `${Math.round(worstAfter)} ms (${edits.map((e) => Math.round(e.worstTask)).join(', ')})`,
      budget: editBudget,
      ok: scale > 1 || worstAfter <= 100,
      value: worstAfter,
    },
    {
      name: `accounts table, ${size} rows: rows in the DOM`,
      measured: `${maxRows}`,
      budget: '150',
      ok: maxRows <= 150,
      value: maxRows,
    },
    {
      name: `accounts table, ${size} rows: long tasks while scrolling`,
      measured: `${longTasks.length} (worst ${Math.round(worst)} ms)`,
      budget: '0',
      ok: longTasks.length === 0,
      value: longTasks.length,
    },
  ];
}

/**
 * Sets the first visible row's cohort from its cell, from inside the page so that Playwright's
 * own work does not show as long tasks, and waits for the page to render the stored change.
 */
async function inlineEdit(page, i) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const scroller = page.locator('.accounts-scroll');
  await scroller.evaluate((el) => {
    el.scrollTop = 0;
  });
  const cell = page
    .locator('.accounts-scroll tbody tr')
    .first()
    .getByRole('button', {
      name: /^Cohort for /,
    });
  await cell.click();
  const select = page.locator('.accounts-scroll tbody tr').first().getByRole('combobox');
  const next = ['churner', 'power_user'][i % 2];
  const marks = await page.evaluate(() => performance.getEntriesByName('accounts:shown').length);
  const result = await select.evaluate(
    (el, { value, marksBefore }) =>
      new Promise((resolve) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        });
        observer.observe({ type: 'longtask' });
        const start = performance.now();
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
        const poll = () => {
          if (performance.getEntriesByName('accounts:shown').length > marksBefore) {
            const shownMs = performance.now() - start;
            // Long tasks are reported after they end; a second's grace catches any that follow.
            setTimeout(() => {
              observer.disconnect();
              resolve({ shownMs, worstTask: tasks.length ? Math.max(...tasks) : 0 });
            }, 1000);
          } else {
            requestAnimationFrame(poll);
          }
        };
        poll();
      }),
    { value: next, marksBefore: marks },
  );
  return result;
}
