import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { readStore } from './workspaceIdb';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The cohort cell of one account row, which reads "Cohort for <name>: <cohort>". */
export function cohortButton(page: Page, account: string) {
  return page.getByRole('button', { name: new RegExp(`^Cohort for ${escape(account)}: `) });
}

/** The cohort label the row shows, e.g. "Churner" or "No cohort". */
export async function cohortOf(page: Page, account: string): Promise<string> {
  const name = (await cohortButton(page, account).getAttribute('aria-label')) ?? '';
  return name.slice(`Cohort for ${account}: `.length);
}

/**
 * Changes a row's cohort the way a user does. The cell shows the choice at once, before the
 * write lands, so this also waits until the stored account has it.
 */
export async function setCohort(page: Page, account: string, label: string) {
  await cohortButton(page, account).click();
  await page.getByRole('combobox', { name: `Cohort for ${account}` }).selectOption({ label });
  await expect(page.getByRole('button', { name: `Cohort for ${account}: ${label}` })).toBeVisible();
  const cohort = label === 'No cohort' ? null : label.toLowerCase().replace(/ /g, '_');
  await expect
    .poll(async () =>
      (await readStore<{ name: string; cohort: string | null }>(page, 'accounts')).some(
        (a) => a.name === account && a.cohort === cohort,
      ),
    )
    .toBe(true);
}
