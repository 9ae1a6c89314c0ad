#!/usr/bin/env node
// Finds a Chromium for the e2e tests and the bench, in the order ARCHITECTURE.md sets:
// CHROMIUM_PATH, Playwright's own browsers, a system chromium / google-chrome, then the binary
// shipped in the @sparticuz/chromium npm package (only its executablePath; its args disable
// web security and are never used). Prints JSON: { source, executablePath, env }.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

async function playwrightBrowser() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The package's binary needs NSS libraries a bare Linux image may lack; it ships them too. */
function sparticuzBrowser() {
  const script = `
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await chromium.executablePath();
    process.stdout.write(JSON.stringify({
      executablePath,
      env: { LD_LIBRARY_PATH: process.env.LD_LIBRARY_PATH ?? '', FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? '' },
    }));`;
  // The package unpacks into os.tmpdir() and trusts any binary already there; a cache folder of
  // our own keeps a stale or foreign /tmp/chromium from being picked up.
  const { version } = JSON.parse(
    readFileSync(join(root, 'node_modules/@sparticuz/chromium/package.json'), 'utf8'),
  );
  const cache = join(root, 'node_modules/.cache', `sparticuz-chromium-${version}`);
  mkdirSync(cache, { recursive: true });
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    // AWS_LAMBDA_JS_RUNTIME makes the package unpack the shared libraries it bundles.
    env: { ...process.env, TMPDIR: cache, AWS_LAMBDA_JS_RUNTIME: 'nodejs20.x' },
    encoding: 'utf8',
  });
  const bundled = JSON.parse(out);
  return {
    ...bundled,
    env: { ...bundled.env, FONTCONFIG_PATH: fontConfigFor(cache, bundled.env) },
  };
}

/**
 * The package's fonts.conf names Lambda's folders and /tmp/fonts, not the folder it unpacked its
 * fonts into here; with no font found Chromium aborts at its first text. Our own fonts.conf
 * points at the unpacked fonts.
 */
function fontConfigFor(cache, env) {
  const fonts = join(env.FONTCONFIG_PATH || join(cache, 'fonts'), 'fonts');
  const dir = join(cache, 'fontconfig');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${fonts}</dir>
  <cachedir>${join(cache, 'fonts-cache')}</cachedir>
</fontconfig>
`,
  );
  return dir;
}

export async function resolveChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist.`);
    return { source: 'CHROMIUM_PATH', executablePath: fromEnv, env: {} };
  }
  const playwright = await playwrightBrowser();
  if (playwright) return { source: 'playwright', executablePath: playwright, env: {} };
  // TOURBOOK_SKIP_SYSTEM_CHROMIUM=1 checks the last fallback on a machine that has a system browser.
  if (process.env.TOURBOOK_SKIP_SYSTEM_CHROMIUM !== '1') {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const path = onPath(name);
      if (path) return { source: 'system', executablePath: path, env: {} };
    }
  }
  const bundled = sparticuzBrowser();
  return { source: '@sparticuz/chromium', ...bundled };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await resolveChromium()));
}
