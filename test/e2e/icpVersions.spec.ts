import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPainTrait, approveAndSignOff, fillIsAndIsNot } from './icpReview';

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const separation = (page: Page) =>
  page
    .getByRole('group', { name: 'Separation' })
    .getByText(/^Separation \(AUC\):/)
    .locator('strong');
const traitRow = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Traits' }).getByRole('row', { name: new RegExp(name) });

test('a signed-off version keeps its figures, opens read-only from a link, exports and prints', async ({
  page,
}) => {
  // A long journey (a trait, sign-off, a revision, exports, print), no single heavy step:
  // 9–10 s in most runs on a loaded machine, 17 s at worst (load average ≈24).
  test.setTimeout(60_000);
  await page.goto('/icp');
  await expect(page.getByRole('heading', { name: /Version 1 · Draft/ })).toBeVisible();

  // One trait from a code, so it has evidence and separates power users from churners.
  await addPainTrait(page);
  const row = traitRow(page, 'Manual reporting eats hours');
  await expect(row).toContainText('+5');
  const evidence =
    (await row.getByRole('cell', { name: /\d+ accounts · \d+ quotes/ }).textContent()) ?? '';
  expect(evidence).toMatch(/^[1-9]\d* accounts · \d+ quotes$/);
  const matchesCell = row.getByRole('cell', { name: /^\d+ accounts$/ });
  const matches = (await matchesCell.textContent()) ?? '';
  expect(matches).toMatch(/^[1-9]\d* accounts$/);
  const signedSeparation = (await separation(page).textContent()) ?? '';
  expect(Number(signedSeparation)).toBeGreaterThan(0.5);

  // Review and sign off.
  await fillIsAndIsNot(page);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await approveAndSignOff(page, 1);
  const note = page.getByRole('note', { name: 'Frozen figures' });
  await expect(note).toContainText(/Frozen on \d{4}-\d{2}-\d{2}; figures as signed off\./);
  await expect(note).toContainText('scores, cohorts, matches, separation');
  await expect(separation(page)).toHaveText(signedSeparation);

  // A new draft turns the trait against the power users: today's separation inverts.
  await page.getByRole('button', { name: 'Start new draft' }).click();
  await expect(page.getByRole('heading', { name: /Version 2 · Draft/ })).toBeVisible();
  await expect(note).toBeHidden();
  await page.getByRole('button', { name: 'Edit Manual reporting eats hours' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit “Manual reporting eats hours”' });
  await edit.getByLabel('Kind').selectOption({ label: 'Nice-to-have' });
  await edit.getByLabel('Weight').fill('-5');
  await edit.getByRole('button', { name: 'Save trait' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('−5');
  await expect(separation(page)).not.toHaveText(signedSeparation);

  // Open version 1: its own traits, weights, evidence and separation, read-only.
  const viewing = page.getByLabel('Viewing');
  const v1 = await viewing.locator('option', { hasText: /^v1 · Signed off/ }).getAttribute('value');
  expect(v1).toBeTruthy();
  await viewing.selectOption(v1 ?? '');
  await expect(page).toHaveURL(new RegExp(`[?&]version=${v1 ?? ''}`));
  const checkFrozenV1 = async () => {
    await expect(page.getByRole('heading', { name: /Version 1 · Signed off/ })).toBeVisible();
    await expect(note).toBeVisible();
    await expect(page.getByText('Viewing an earlier version, read-only.')).toBeVisible();
    await expect(separation(page)).toHaveText(signedSeparation);
    await expect(row).toContainText('+5');
    await expect(row).toContainText(evidence);
    await expect(matchesCell).toHaveText(matches);
    await expect(page.getByRole('button', { name: 'Add trait', exact: true })).toBeDisabled();
    await expect(
      page.getByRole('button', { name: 'Edit Manual reporting eats hours' }),
    ).toBeDisabled();
    await expect(page.getByLabel('ICP IS', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  };
  await checkFrozenV1();

  // The link survives a reload.
  await page.reload();
  await checkFrozenV1();

  // Exports name and carry the viewed version, with its frozen figures.
  const brief = await download(page, 'Download brief (.md)');
  expect(brief.name).toBe('icp-v1.md');
  expect(brief.text).toContain('# Ideal Customer Profile — version 1');
  expect(brief.text).toMatch(/Figures as signed off on \d{4}-\d{2}-\d{2}\./);
  expect(brief.text).toContain(`Separation (AUC): ${signedSeparation}.`);
  expect(brief.text).toContain('### Manual reporting eats hours (+5,');
  const [accounts, quotes] = evidence.match(/\d+/g) ?? [];
  expect(brief.text).toContain(`Evidence: ${accounts ?? '?'} accounts, ${quotes ?? '?'} quotes.`);
  const csv = await download(page, 'Download scores (.csv)');
  expect(csv.name).toBe('icp-v1-scores.csv');
  // A UTF-8 BOM first, so Excel reads accented names right.
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  expect(csv.text.slice(1).split(/\r?\n/)[0]).toBe(
    'Account,Domain,Cohort,ICP score,Excluded,Reasons',
  );

  // Print: the button calls the browser's print, and paper leaves out the app's navigation.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Traits' })).toBeVisible();
  await expect(page.getByText(/^Version: v1 · Signed off/)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(nav).toBeVisible();

  // Back to the draft: live figures again.
  await page.getByRole('link', { name: /View the current version \(v2 · Draft\)/ }).click();
  await expect(page.getByRole('heading', { name: /Version 2 · Draft/ })).toBeVisible();
  await expect(page).not.toHaveURL(/version=/);
  await expect(row).toContainText('−5');
  await expect(separation(page)).not.toHaveText(signedSeparation);
  const draftBrief = await download(page, 'Download brief (.md)');
  expect(draftBrief.name).toBe('icp-v2.md');
});

test('a link to a version that no longer exists shows the current one and says so', async ({
  page,
}) => {
  await page.goto('/icp?version=not-a-version');
  await expect(page.getByRole('heading', { name: /Version 1 · Draft/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'That version no longer exists; showing the current one.',
  );
});
