#!/usr/bin/env node
// `npm run bench`: drives the built app in headless Chromium and prints every budget of
// ARCHITECTURE.md as "measured / budget". Scenarios live in ./scenarios, one per budget row.
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { resolveChromium } from '../../scripts/resolve-chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const baseURL = `http://localhost:${PORT}`;

async function waitForServer(url, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url} within ${timeoutMs} ms.`);
}

// Vite itself, not an npx wrapper, so that killing it really stops the server.
const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules/vite/bin/vite.js'),
    'preview',
    '--port',
    String(PORT),
    '--strictPort',
    '--outDir',
    process.env.BENCH_DIST ?? 'dist',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

const results = [];
let failed = false;
try {
  await waitForServer(baseURL);
  const resolved = await resolveChromium();
  const browser = await chromium.launch({
    executablePath: resolved.executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    env: { ...process.env, ...resolved.env },
  });
  const only = process.argv[2];
  const files = readdirSync(join(here, 'scenarios'))
    .filter((f) => f.endsWith('.mjs'))
    .filter((f) => !only || f.includes(only))
    .sort();
  for (const file of files) {
    const scenario = await import(pathToFileURL(join(here, 'scenarios', file)).href);
    const context = await browser.newContext();
    try {
      const rows = await scenario.run({
        browser,
        context,
        baseURL,
        root,
        dist: process.env.BENCH_DIST ?? 'dist',
      });
      for (const row of rows) {
        results.push(row);
        const verdict = row.ok ? 'ok' : 'OVER BUDGET';
        console.log(`${row.name}: ${row.measured} / ${row.budget}  ${verdict}`);
      }
    } catch (error) {
      failed = true;
      console.error(`${file} failed: ${error.stack ?? error}`);
    } finally {
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
writeFileSync(join(root, '.bench-results.json'), JSON.stringify(results, null, 2));
const over = results.filter((r) => !r.ok).length;
console.log(`${results.length - over} within budget, ${over} over budget`);
if (failed) process.exitCode = 1;
