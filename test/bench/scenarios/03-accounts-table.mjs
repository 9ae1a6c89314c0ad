// 50,000 accounts: how many rows the table puts in the DOM, and long tasks while scrolling.
import { currentWorkspaceDbName, putRecords, syntheticAccounts } from '../seedInBrowser.mjs';

export async function run({ context, baseURL }) {
  const page = await context.newPage();
  await page.goto(`${baseURL}/accounts`);
  await page.getByText(/^\d+ accounts$/).waitFor();
  const dbName = await currentWorkspaceDbName(page);
  const all = syntheticAccounts(50_000);
  for (let i = 0; i < all.length; i += 10_000) {
    await putRecords(page, dbName, 'accounts', all.slice(i, i + 10_000));
  }
  await page.reload();
  await page.getByText('50,060 accounts').waitFor({ timeout: 60_000 });

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
  return [
    {
      name: 'accounts table, 50,000 rows: rows in the DOM',
      measured: `${maxRows}`,
      budget: '150',
      ok: maxRows <= 150,
      value: maxRows,
    },
    {
      name: 'accounts table, 50,000 rows: long tasks while scrolling',
      measured: `${longTasks.length} (worst ${Math.round(worst)} ms)`,
      budget: '0',
      ok: longTasks.length === 0,
      value: longTasks.length,
    },
  ];
}
