import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { approveAndSignOff } from './icpReview';
import { readStore } from './workspaceIdb';

const HOSTILE = '=HYPERLINK("http://evil.example","x")';

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return bytesOf(file);
}

async function addRangeTrait(
  page: Page,
  trait: { name: string; kind: string; weight: string; field: string; min?: string; max?: string },
) {
  await page.getByRole('button', { name: 'Add trait', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New trait' });
  await dialog.getByLabel('Name').fill(trait.name);
  await dialog.getByLabel('Component').selectOption({ label: 'Firmographic' });
  await dialog.getByLabel('Kind').selectOption({ label: trait.kind });
  await dialog.getByLabel('Weight').fill(trait.weight);
  await dialog.getByLabel('Match by').selectOption({ label: 'Number in range' });
  await dialog.getByLabel('Field').selectOption({ label: trait.field });
  if (trait.min) await dialog.getByLabel('Minimum').fill(trait.min);
  if (trait.max) await dialog.getByLabel('Maximum').fill(trait.max);
  await dialog.getByRole('button', { name: 'Create trait' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Traits' }).getByRole('rowheader', { name: trait.name }),
  ).toBeVisible();
}

test('build, sign off and revise an ICP, then share it', async ({ page }) => {
  // A long journey (two traits, sign-off, revision, three downloads), no single heavy step:
  // 12–13 s in most runs on a loaded machine, 27 s at worst (load average ≈24).
  test.setTimeout(60_000);

  // A hostile account name, to check the scores CSV cannot run it as a formula.
  await page.goto('/accounts/new');
  await page.getByLabel('Name').fill(HOSTILE);
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page).toHaveURL(/\/accounts\/[^/]+$/);

  await page.goto('/icp');
  await expect(page).toHaveTitle(/^ICP/);
  await expect(
    page.getByRole('heading', { name: 'Ideal Customer Profile', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /Version 1 · Draft/ })).toBeVisible();

  // From a code: the rule and the name come from the code.
  await page.getByRole('button', { name: 'Add trait from code' }).click();
  const picker = page.getByRole('dialog', { name: 'Add trait from code' });
  await picker
    .getByLabel('Code')
    .selectOption({ label: 'Manual reporting eats hours (Pain point)' });
  await picker.getByRole('button', { name: 'Continue' }).click();
  const fromCode = page.getByRole('dialog', { name: 'New trait' });
  await expect(fromCode.getByLabel('Name')).toHaveValue('Manual reporting eats hours');
  await expect(fromCode.getByLabel('Weight')).toHaveValue('5');
  // The soft middle is refused beside the field.
  await fromCode.getByLabel('Weight').fill('4');
  await expect(fromCode.getByText(/Avoid the soft middle/)).toBeVisible();
  await fromCode.getByLabel('Weight').fill('5');
  await expect(fromCode.getByText(/Avoid the soft middle/)).toBeHidden();
  await fromCode.getByRole('button', { name: 'Create trait' }).click();
  await expect(fromCode).toBeHidden();
  const painRow = page
    .getByRole('region', { name: 'Traits' })
    .getByRole('row', { name: /Manual reporting eats hours/ });
  await expect(painRow).toContainText('+5');
  await expect(painRow).toContainText(/[1-9]\d* accounts/);

  await addRangeTrait(page, {
    name: '4+ integrations',
    kind: 'Nice-to-have',
    weight: '3',
    field: 'Integrations',
    min: '4',
  });
  await addRangeTrait(page, {
    name: 'Tiny team',
    kind: 'Disqualifier',
    weight: '-5',
    field: 'Employees',
    max: '10',
  });

  // Power users score above churners and lost deals.
  const figure = page.getByText(/^Separation \(AUC\):/);
  await expect(figure).toBeVisible();
  const auc = Number((await figure.locator('strong').textContent()) ?? 'NaN');
  expect(auc).toBeGreaterThan(0.5);
  await expect(
    page.getByText(/a power user outscores a churner or lost deal \d+% of the time/),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Power users' }).first()).toBeVisible();

  await page
    .getByLabel('ICP IS', { exact: true })
    .fill('B2B SaaS teams of 51-500 people\nFour or more integrations');
  await page.getByLabel('ICP IS NOT', { exact: true }).fill('Agencies reselling reports');
  await page.getByRole('button', { name: 'Save IS / IS NOT' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Review and sign-off.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { name: /Version 1 · In review/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review the evidence' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add trait', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Sign off' })).toBeDisabled();
  await page.getByLabel('Comment', { exact: true }).fill('The evidence holds.');
  await approveAndSignOff(page, 1);
  await expect(page.getByText('— “The evidence holds.”')).toBeVisible();
  await expect(
    page.getByText('Signed off — start a new draft to change it.').first(),
  ).toBeVisible();
  await expect(page.getByText(/Next review: \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add trait', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Edit 4+ integrations' })).toBeDisabled();
  await expect(page.getByLabel('ICP IS', { exact: true })).toBeDisabled();

  // A new draft, one weight changed, and the diff says so.
  await page.getByRole('button', { name: 'Start new draft' }).click();
  await expect(page.getByRole('heading', { name: /Version 2 · Draft/ })).toBeVisible();
  await page.getByRole('button', { name: 'Edit 4+ integrations' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit “4+ integrations”' });
  await edit.getByLabel('Weight').fill('5');
  await edit.getByRole('button', { name: 'Save trait' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByLabel('Compare version A')).toHaveValue(/.+/);
  await expect(
    page
      .getByRole('list', { name: 'Changes' })
      .getByRole('listitem')
      .filter({ hasText: '4+ integrations: weight +3 → +5' }),
  ).toBeVisible();

  // Sharing: one slide, the brief and the scores.
  const slide = await download(page, 'Download slide (.pptx)');
  expect(slide.subarray(0, 2).toString('latin1')).toBe('PK');
  const names = slide.toString('latin1');
  expect(names).toContain('ppt/slides/slide1.xml');
  expect(names).not.toContain('ppt/slides/slide2.xml');

  const brief = (await download(page, 'Download brief (.md)')).toString('utf8');
  expect(brief).toContain('## ICP IS\n- B2B SaaS teams of 51-500 people');
  expect(brief).toContain('## ICP IS NOT\n- Agencies reselling reports');
  for (const name of ['Manual reporting eats hours', '4+ integrations', 'Tiny team']) {
    expect(brief).toContain(`### ${name}`);
  }
  expect(brief).toMatch(/Figures as of today\.\n\nSeparation \(AUC\): \d\.\d\d/);
  expect(brief).toContain('## Reviewer decisions');
  // A range trait rests on CRM fields: its figure is the match, not "0 accounts, 0 quotes".
  expect(brief).toMatch(/### 4\+ integrations[^\n]*\n\nMatches \d+ of \d+ power users vs/);
  expect(brief).toMatch(/## Personas\n\nBuying roles at \d+ power-user accounts/);
  expect(brief).toContain('## Findings');

  const csv = (await download(page, 'Download scores (.csv)')).toString('utf8');
  // Excel needs the BOM to read the file as UTF-8.
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split(/\r?\n/);
  expect(lines[0]).toBe('Account,Domain,Cohort,ICP score,Excluded,Reasons');
  // Reasons end with their weight ("4+ integrations (+5)"), so none needs a formula guard.
  expect(csv).not.toMatch(/,"?'[^=]/);
  expect(lines.length).toBeGreaterThan(10);
  const hostile = lines.find((line) => line.includes('HYPERLINK'));
  expect(hostile).toMatch(/^"'=HYPERLINK/);
  expect(csv).not.toMatch(/^"?=/m);
});

test('another page can open the trait dialog for a code', async ({ page }) => {
  await page.goto('/codebook');
  await expect(page.getByRole('heading', { name: 'Codebook', level: 1 })).toBeVisible();
  const codes = await readStore<{ id: string; name: string }>(page, 'codes');
  const codeId = codes.find((c) => c.name === 'Manual reporting eats hours')?.id;
  expect(codeId).toBeTruthy();
  await page.goto(`/icp?newTraitFromCode=${codeId ?? ''}`);
  const dialog = page.getByRole('dialog', { name: 'New trait' });
  await expect(dialog.getByLabel('Name')).toHaveValue('Manual reporting eats hours');
  await expect(dialog.getByLabel('Match by')).toHaveValue('has_code');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/icp$/);
});
