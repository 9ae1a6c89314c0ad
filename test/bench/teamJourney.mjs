// Sharing and joining through the app's own screens, for the team sync benches: the same steps
// as test/e2e/teamSync.spec.ts, with the time each one took as the user sees it.

const SLOW = { timeout: 120_000 };

/** The shell's sync status line ("Synced", "Syncing 3 changes", …). */
export const syncStatus = (page) => page.locator('.sync-status summary');

/**
 * Shares the open workspace on `server` as `name` from the Workspace page and makes an editor
 * link. `uploadMs` runs from the click on "Share workspace" to the status saying "Synced": the
 * server has confirmed every update of the upload.
 */
export async function shareWorkspace(page, server, name) {
  await page.getByRole('link', { name: 'Workspace' }).click();
  const panel = page.getByRole('region', { name: 'Share workspace' });
  await panel.getByLabel('Team server address').fill(server);
  await panel.getByLabel('Your name').fill(name);
  const started = Date.now();
  await panel.getByRole('button', { name: 'Share workspace' }).click();
  await panel.getByRole('button', { name: 'Make editor link' }).waitFor(SLOW);
  await syncStatus(page)
    .filter({ hasText: /^Synced$/ })
    .waitFor(SLOW);
  const uploadMs = Date.now() - started;
  await panel.getByRole('button', { name: 'Make editor link' }).click();
  const link = await panel.getByLabel('Editor invite link').inputValue();
  return { uploadMs, link };
}

/**
 * Opens an invite link and joins as `name`. `joinMs` runs from the click on "Join workspace" to
 * the Accounts page the app opens once the download has reached this browser's database;
 * `storedMs` from the same click to the sync's first `sync:pulled` mark (the download written to
 * the database).
 */
export async function joinWorkspace(page, link, name) {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.evaluate(() => {
    window.__pulled = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'sync:pulled') window.__pulled.push(entry.startTime);
      }
    }).observe({ type: 'mark' });
    document.addEventListener('click', (event) => (window.__clicked = event.timeStamp), true);
  });
  const started = Date.now();
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor(SLOW);
  const joinMs = Date.now() - started;
  await syncStatus(page)
    .filter({ hasText: /^Synced$/ })
    .waitFor(SLOW);
  const storedMs = await page.evaluate(() => window.__pulled[0] - window.__clicked);
  return { joinMs, storedMs };
}

/** The value at percentile `p` (0–100) of `values`, nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
