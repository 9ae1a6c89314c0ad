import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';

const NAMES = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
] as const;

function securityHeadersOf(headers: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(NAMES.map((name) => [name, headers[name]]));
}

/** What every response must carry: the page's own meta policy, plus what only a header can do. */
async function expectedHeaders(page: Page) {
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toMatch(/script-src 'self'/);
  return {
    'content-security-policy': `${policy}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
}

const isAppScript = (response: Response) => /\/assets\/[^/]+\.js$/.test(response.url());

test('the server sends the security headers with the page, a deep route, a script and in _headers', async ({
  page,
  request,
}) => {
  const document = await page.goto('/');
  expect(document?.fromServiceWorker()).toBe(false);
  const expected = await expectedHeaders(page);
  expect(securityHeadersOf(document?.headers() ?? {})).toEqual(expected);
  // Isolated, so search can answer within the keystroke's frame through shared memory.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

  const deepRoute = await request.get('/accounts', { headers: { accept: 'text/html' } });
  expect(deepRoute.status()).toBe(200);
  expect(deepRoute.headers()['content-type']).toMatch(/^text\/html/);
  expect(securityHeadersOf(deepRoute.headers())).toEqual(expected);

  const src = await page.locator('script[type="module"][src]').first().getAttribute('src');
  const script = await request.get(src ?? '');
  expect(script.headers()['content-type']).toMatch(/javascript/);
  expect(securityHeadersOf(script.headers())).toEqual(expected);

  // The file for static hosts lists the very headers the server sends.
  const hostingFile = await (await request.get('/_headers')).text();
  const listed = hostingFile
    .split('\n')
    .map((line) => /^\s+([^:]+):\s*(.+)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1]?.toLowerCase(), match[2]]);
  expect(hostingFile.startsWith('/*\n')).toBe(true);
  expect(Object.fromEntries(listed)).toEqual(expected);
});

test('pages and scripts the service worker serves carry the headers, even from a host that sends none', async ({
  page,
  context,
}) => {
  // Every response passes through the test's route below, which takes a while on a busy machine.
  test.slow();
  // A plain static host: what comes off the network, the worker's precache included, has none.
  const names = new Set<string>(NAMES);
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = Object.entries(response.headers()).filter(([name]) => !names.has(name));
    await route.fulfill({ response, headers: Object.fromEntries(headers) });
  });
  const first = await page.goto('/accounts');
  expect(first?.headers()['content-security-policy']).toBeUndefined();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const expected = await expectedHeaders(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // A deep route comes from the navigation fallback, its scripts from the precache.
  const [reload, script] = await Promise.all([
    page.reload(),
    page.waitForResponse((response) => isAppScript(response) && response.fromServiceWorker()),
  ]);
  expect(reload?.fromServiceWorker()).toBe(true);
  expect(securityHeadersOf(reload?.headers() ?? {})).toEqual(expected);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();

  // The start page comes from the precache route.
  const start = await page.goto('/');
  expect(start?.fromServiceWorker()).toBe(true);
  expect(securityHeadersOf(start?.headers() ?? {})).toEqual(expected);
});

test('a page on another site cannot show the app in a frame', async ({ page, baseURL }) => {
  const appUrl = `${baseURL}/`;
  // 127.0.0.1 is another origin (and site) than the app's localhost.
  const otherSite = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      `<!doctype html><title>Other site</title>` +
        `<iframe src="${appUrl}" onload="document.body.dataset.frame = 'settled'"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = otherSite.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    // The frame's load event fires whether the app loaded in it or was refused.
    await expect(page.locator('body[data-frame="settled"]')).toBeAttached();

    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame, 'the iframe exists').toBeDefined();
    // Refused, the frame holds the browser's error page instead of the app's document.
    expect(new URL(frame?.url() ?? appUrl).origin).not.toBe(new URL(appUrl).origin);
    expect(await frame?.locator('#root').count()).toBe(0);
  } finally {
    await new Promise((resolve) => otherSite.close(resolve));
  }
});
