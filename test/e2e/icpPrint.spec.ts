import { writeFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * "Print / Save as PDF" on the ICP page has to stand in the meeting: what was agreed (IS / IS
 * NOT) and how accounts are scored (the traits) on the first sheet, the demo on three at most.
 *
 * The page is laid out in print media at the width of an A4 sheet inside the print
 * stylesheet's 15 mm margins, so positions on screen are those on paper before any page
 * break: whatever ends above one sheet's height is on the first page. The PDF itself is
 * printed by Chromium and its pages counted.
 */
const MM = 96 / 25.4; // CSS px per mm
const MARGIN_MM = 15; // the @page margin in src/features/icp/icpPrint.css
const SHEET = {
  width: Math.floor((210 - 2 * MARGIN_MM) * MM),
  height: Math.floor((297 - 2 * MARGIN_MM) * MM),
};

/** Pages in a PDF: its /Type /Page objects (the /Type /Pages tree nodes are not pages). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

async function openIcp(page: Page) {
  await page.setViewportSize(SHEET);
  await page.goto('/icp');
  await expect(page.getByRole('heading', { name: /^Version \d+ · / })).toBeVisible();
}

/** Prints the page as Chromium would and checks the first sheet and the number of pages. */
async function expectPrintStands(page: Page, testInfo: TestInfo, file: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  // Paper is read, not edited: no instruction that points at a control.
  await expect(page.getByText('then submit the version for the team to review')).toBeHidden();
  await expect(page.getByText('Not ready for review:')).toBeHidden();
  const lines = page.getByRole('region', { name: 'IS / IS NOT' });
  const is = lines.getByRole('heading', { name: 'ICP IS', exact: true });
  const isNot = lines.getByRole('heading', { name: 'ICP IS NOT', exact: true });
  await expect(is).toBeVisible();
  await expect(isNot).toBeVisible();
  // Nothing is wider than the sheet, so Chromium does not shrink the page to fit.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    SHEET.width,
  );
  const firstSheet = [
    ['ICP IS', is.locator('..')],
    ['ICP IS NOT', isNot.locator('..')],
    ['Traits', page.getByRole('region', { name: 'Traits' })],
  ] as const;
  for (const [name, block] of firstSheet) {
    const box = await block.boundingBox();
    if (!box) throw new Error(`${name} is not laid out`);
    expect(box.y + box.height, `${name} ends on the first page`).toBeLessThanOrEqual(SHEET.height);
  }

  const pdf = await page.pdf({ format: 'A4' });
  // Kept with the results, to look at the pages (pdftoppm -png -r 50).
  await writeFile(testInfo.outputPath(file), pdf);
  const pages = pageCount(pdf);
  expect(pages, 'A4 pages').toBeGreaterThanOrEqual(1);
  expect(pages, 'A4 pages').toBeLessThanOrEqual(3);
}

test('the demo ICP prints on three A4 pages at most, IS / IS NOT and the traits first', async ({
  page,
}, testInfo) => {
  await openIcp(page);
  await expectPrintStands(page, testInfo, 'demo-icp.pdf');
});

test('a drafted ICP on the demo prints the same way', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await openIcp(page);
  // Eight traits, as many as the demo's drafted ICP in the README's slide, each from a code.
  const traits = page.getByRole('region', { name: 'Traits' });
  for (let i = 0; i < 8; i++) {
    await page.getByRole('button', { name: 'Add trait from code' }).click();
    const picker = page.getByRole('dialog', { name: 'Add trait from code' });
    await picker.getByLabel('Code').selectOption({ index: i * 3 });
    await picker.getByRole('button', { name: 'Continue' }).click();
    const dialog = page.getByRole('dialog', { name: 'New trait' });
    await dialog.getByRole('button', { name: 'Create trait' }).click();
    await expect(dialog).toBeHidden();
    await expect(traits.getByRole('rowheader')).toHaveCount(i + 1);
  }
  await page
    .getByLabel('ICP IS', { exact: true })
    .fill(
      [
        'B2B SaaS and fintech companies with 51-500 employees',
        'Customer success teams that already run Salesforce and a data warehouse',
        'Four or more integrations live within the first quarter',
        'A RevOps or CS leader who owns renewal forecasting',
        'Short sales cycles: a champion can buy within a quarter',
      ].join('\n'),
    );
  await page
    .getByLabel('ICP IS NOT', { exact: true })
    .fill(
      [
        'Agencies and services firms reselling reports to their clients',
        'Companies that need on-premise hosting or custom deployments',
        'Teams under 50 people without a dedicated CS function',
      ].join('\n'),
    );
  await page
    .getByLabel('Exclusions', { exact: true })
    .fill('Regulated healthcare providers (no HIPAA support yet)');
  await page.getByRole('button', { name: 'Save IS / IS NOT' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await expectPrintStands(page, testInfo, 'drafted-icp.pdf');
  await expect(page.getByRole('region', { name: 'IS / IS NOT' }).getByRole('listitem')).toHaveCount(
    9,
  );
});
