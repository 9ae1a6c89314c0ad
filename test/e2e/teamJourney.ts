import type { Browser, Page } from '@playwright/test';
import { expect, test, watchForProblems } from './fixtures';
import { freePort, TeamServerProcess } from './teamServerProcess';

/*
 * The steps team journeys share (teamSync.spec.ts, teamReview.spec.ts): a person in their own
 * browser context, sharing a workspace, joining it from an invite link.
 */

/**
 * A team server of the spec file's own (127.0.0.1, a free port, a temporary DATA_DIR), started
 * before its tests and stopped after them. Returns the way to reach it from a test.
 */
export function teamServerForFile(): () => TeamServerProcess {
  let server: TeamServerProcess | undefined;
  test.beforeAll(async () => {
    server = new TeamServerProcess(await freePort());
    await server.start();
  });
  test.afterAll(async () => {
    await server?.dispose();
  });
  return () => {
    if (!server) throw new Error('The team server is used before beforeAll started it.');
    return server;
  };
}

export const syncStatus = (page: Page) => page.locator('.sync-status summary');

/** What the fixtures' guard checks in its own context, checked here in each person's. */
export const problems: string[] = [];

export async function openPerson(browser: Browser, path: string) {
  const context = await browser.newContext();
  await watchForProblems(context, problems);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

/** Shares the open workspace as Ann and makes an invite link for `role`. */
export async function share(page: Page, serverUrl: string, role: 'editor' | 'reviewer') {
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  await page.getByRole('link', { name: 'Workspace' }).click();
  const panel = page.getByRole('region', { name: 'Share workspace' });
  await panel.getByLabel('Team server address').fill(serverUrl);
  await panel.getByLabel('Your name').fill('Ann');
  await panel.getByRole('button', { name: 'Share workspace' }).click();
  await expect(syncStatus(page)).toHaveText('Synced');
  await panel.getByRole('button', { name: `Make ${role} link` }).click();
  const link = await panel
    .getByLabel(`${role[0]?.toUpperCase()}${role.slice(1)} invite link`)
    .inputValue();
  expect(link).toMatch(/\/join#server=.+&invite=/);
  return link;
}

export async function join(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(syncStatus(page)).toHaveText('Synced');
}

/** The invite link as a path on the app under test (the link names the origin it was made on). */
export const linkPath = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');
