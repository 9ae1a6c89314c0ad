import { expect, type Page } from '@playwright/test';

/** A trait from a code the demo quotes often, so it has evidence and separates. */
export async function addPainTrait(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add trait from code' }).click();
  const picker = page.getByRole('dialog', { name: 'Add trait from code' });
  await picker
    .getByLabel('Code')
    .selectOption({ label: 'Manual reporting eats hours (Pain point)' });
  await picker.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'New trait' });
  await dialog.getByRole('button', { name: 'Create trait' }).click();
  await expect(dialog).toBeHidden();
}

/** IS and IS NOT are both needed before a version may go to review. */
export async function fillIsAndIsNot(
  page: Page,
  is = 'B2B SaaS teams of 51-500 people',
  isNot = 'Agencies reselling reports',
): Promise<void> {
  await page.getByLabel('ICP IS', { exact: true }).fill(is);
  await page.getByLabel('ICP IS NOT', { exact: true }).fill(isNot);
  await page.getByRole('button', { name: 'Save IS / IS NOT' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

export async function recordApproval(page: Page, name: string, role: string): Promise<void> {
  await page.getByLabel('Reviewer name').fill(name);
  await page.getByLabel('Reviewer role').fill(role);
  await page.getByLabel('Decision', { exact: true }).selectOption('approve');
  await page.getByRole('button', { name: 'Record decision' }).click();
}

/** Two reviewers approve, then the sign-off is confirmed in its dialog. */
export async function approveAndSignOff(page: Page, version: number): Promise<void> {
  await recordApproval(page, 'Ana Ortiz', 'CEO');
  await expect(page.getByText(/Ana Ortiz \(CEO\): Approved/)).toBeVisible();
  await recordApproval(page, 'Bo Lind', 'Head of Sales');
  await expect(page.getByText(/Bo Lind \(Head of Sales\): Approved/)).toBeVisible();
  await page.getByRole('button', { name: 'Sign off' }).click();
  const confirm = page.getByRole('dialog', { name: `Sign off version ${version}?` });
  await confirm.getByRole('button', { name: `Sign off version ${version}` }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`Version ${version} · Signed off`) }),
  ).toBeVisible();
}
