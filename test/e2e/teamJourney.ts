import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';

/*
 * The steps team journeys share (teamSync.spec.ts, teamReview.spec.ts): a person in their own
 * browser context, sharing a workspace, joining it from an invite link.
 */

export const syncStatus = (page: Page) => page.locator('.sync-status summary');

/** What the fixtures' guard checks in its own context, checked here in each person's. */
export const problems: string[] = [];

export async function openPerson(browser: Browser, path: string) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('CSP violation')) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(`Page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`Unexpected ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
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
