import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

interface ResolvedBrowser {
  source: string;
  executablePath: string;
  env: Record<string, string>;
}

const browser = JSON.parse(
  execFileSync(process.execPath, ['scripts/resolve-chromium.mjs'], { encoding: 'utf8' }),
) as ResolvedBrowser;

// E2E_PORT / E2E_DIST let several builds be tested side by side (e.g. parallel branches).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: browser.executablePath,
      // As root on CI there is no sandbox to use; the rest keeps Chromium off the closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      env: { ...process.env, ...browser.env } as Record<string, string>,
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
