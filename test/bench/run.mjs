#!/usr/bin/env node
// `npm run bench`: drives the built app in headless Chromium and prints every budget of
// ARCHITECTURE.md as "measured / budget". Scenarios live in ./scenarios, one per budget row.
//
//   node test/bench/run.mjs [filter] [--scale N]
//
// `filter` keeps the scenario files whose name contains it. `--scale N` runs only the scenarios
// that export `scalable`, each at its own size and then at N times it, and prints how every
// figure grew: a team that keeps a year of tours should find growth close to linear.
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

function parseArguments(args) {
  let only;
  let scale = 1;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--scale') {
      scale = Number(args[++i]);
      if (!Number.isInteger(scale) || scale < 2) {
        throw new Error(`--scale wants a whole number of at least 2, not "${args[i]}".`);
      }
    } else {
      only = args[i];
    }
  }
  return { only, scale };
}

/** A scenario returns the same rows in the same order at every size; `value` is the figure. */
function printGrowth(small, large, scale) {
  console.log(`growth at ${scale}× the size:`);
  small.forEach((row, i) => {
    const big = large[i];
    if (!big || typeof row.value !== 'number' || typeof big.value !== 'number') return;
    const growth =
      row.value === 0
        ? big.value === 0
          ? '1.00×'
          : 'from 0'
        : `${(big.value / row.value).toFixed(2)}×`;
    console.log(`  ${big.name}: ${growth} (${row.measured} → ${big.measured})`);
  });
}

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
  const { only, scale } = parseArguments(process.argv.slice(2));
  const files = readdirSync(join(here, 'scenarios'))
    .filter((f) => f.endsWith('.mjs'))
    .filter((f) => !only || f.includes(only))
    .sort();
  for (const file of files) {
    const scenario = await import(pathToFileURL(join(here, 'scenarios', file)).href);
    if (scale > 1 && !scenario.scalable) continue;
    const sizes = scale > 1 ? [1, scale] : [1];
    const rowsBySize = [];
    for (const size of sizes) {
      const context = await browser.newContext();
      try {
        const rows = await scenario.run({
          browser,
          context,
          baseURL,
          root,
          dist: process.env.BENCH_DIST ?? 'dist',
          scale: size,
        });
        rowsBySize.push(rows);
        for (const row of rows) {
          results.push({ ...row, scale: size });
          const verdict = row.ok ? 'ok' : 'OVER BUDGET';
          console.log(`${row.name}: ${row.measured} / ${row.budget}  ${verdict}`);
        }
      } catch (error) {
        failed = true;
        console.error(`${file} (scale ${size}) failed: ${error.stack ?? error}`);
      } finally {
        await context.close();
      }
    }
    if (rowsBySize.length === 2) printGrowth(rowsBySize[0], rowsBySize[1], scale);
  }
  await browser.close();
} finally {
  server.kill();
}
writeFileSync(join(root, '.bench-results.json'), JSON.stringify(results, null, 2));
const over = results.filter((r) => !r.ok).length;
console.log(`${results.length - over} within budget, ${over} over budget`);
if (failed) process.exitCode = 1;
