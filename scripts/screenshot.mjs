#!/usr/bin/env node
// Captures a page of the running preview server (npm start) for the README and for review:
// node scripts/screenshot.mjs /accounts docs/screenshot.png
import { chromium } from '@playwright/test';
import { resolveChromium } from './resolve-chromium.mjs';

const [path = '/accounts', out = 'docs/screenshot.png', width = '1280', height = '800'] =
  process.argv.slice(2);
const resolved = await resolveChromium();
const browser = await chromium.launch({
  executablePath: resolved.executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  env: { ...process.env, ...resolved.env },
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://localhost:${process.env.PORT ?? 4173}${path}`);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
console.log(`saved ${out}`);
