import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The planner is read on a laptop: the journeys run in a 1,280 × 800 window. */
test.use({ viewport: { width: 1280, height: 800 } });

const COHORTS = ['Power users', 'Emerging promoters', 'Churners', 'Lost deals'] as const;

async function openPlan(page: Page) {
  await page.goto('/interviews');
  await page.getByRole('link', { name: 'Tour plan' }).click();
  await expect(page.getByRole('heading', { name: 'Tour plan', level: 1 })).toBeVisible();
}

function cohortRegion(page: Page, cohort: string): Locator {
  return page.getByRole('region', { name: cohort, exact: true });
}

/** The accounts a cohort's Next to interview list shows, each named by its New interview link. */
function candidates(page: Page, cohort: string): Locator {
  return cohortRegion(page, cohort)
    .getByRole('list', { name: `Next to interview: ${cohort}` })
    .getByRole('link', { name: /^New interview with / });
}

async function candidateNames(page: Page, cohort: string): Promise<string[]> {
  const labels = await candidates(page, cohort).evaluateAll((links) =>
    links.map((link) => link.getAttribute('aria-label') ?? ''),
  );
  return labels.map((label) => label.replace(/^New interview with /, ''));
}

/** The text of each row's cell under `header`, for the rows in view. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const table = page.getByRole('table', { name: /^Accounts/ });
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((text) => text.startsWith(header));
  expect(index, `column ${header}`).toBeGreaterThan(0);
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  // Header and row cells line up child for child: the name is each row's first child.
  return rows.evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent ?? ''), index);
}

test('the planner lists uninterviewed accounts per cohort, and New interview from it opens the call screen for that account', async ({
  page,
}) => {
  await openPlan(page);
  const listed: string[] = [];
  for (const cohort of COHORTS) {
    await expect(cohortRegion(page, cohort)).toContainText(/\d+ (of \d+ )?accounts interviewed/);
    await expect(candidates(page, cohort).first()).toBeVisible();
    listed.push(...(await candidateNames(page, cohort)));
  }
  // Each candidate says why it is worth a call.
  const churners = cohortRegion(page, 'Churners');
  const [first = ''] = await candidateNames(page, 'Churners');
  await expect(churners.getByRole('list', { name: `Why ${first}` })).toContainText(
    /heard yet in Churners|ARR \$|Open deals \$|Lost deal \$/,
  );

  // Nobody listed has been interviewed: none of them is in the interviews list.
  await page.getByRole('link', { name: 'Interviews', exact: true }).first().click();
  const interviewed = page.getByRole('table').getByRole('rowheader');
  await expect(interviewed.first()).toBeVisible();
  const interviewedNames = new Set(await interviewed.allTextContents());
  expect(listed.filter((name) => interviewedNames.has(name))).toEqual([]);

  await openPlan(page);
  await churners.getByRole('link', { name: `New interview with ${first}` }).click();
  await expect(page.getByRole('heading', { name: 'New interview', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Account').locator('option:checked')).toHaveText(
    `${first} (Churner)`,
  );
  await expect(page.getByLabel('Guide').locator('option:checked')).toHaveText(/churn/i);
  await page.getByLabel('Interviewer').fill('Priya Raman');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await expect(
    page.getByRole('heading', { name: `Interview with ${first}`, level: 1 }),
  ).toBeVisible();

  // Booked now: off the list, among the scheduled calls.
  await openPlan(page);
  const showAll = churners.getByRole('button', { name: /^Show (all|the first 50) / });
  if ((await showAll.count()) > 0) await showAll.click();
  await expect(candidates(page, 'Churners').first()).toBeVisible();
  expect(await candidateNames(page, 'Churners')).not.toContain(first);
  await expect(churners.getByRole('link', { name: first, exact: true })).toBeVisible();
  await expect(churners.getByRole('heading', { name: 'Scheduled' })).toBeVisible();
});

test('targets per cohort are saved, shown in the plan and used by Synthesis', async ({ page }) => {
  await openPlan(page);
  const targets = page.getByRole('form', { name: 'Interview targets per cohort' });
  await targets.getByLabel('Churners').fill('0');
  await targets.getByRole('button', { name: 'Save targets' }).click();
  await expect(targets.getByLabel('Churners')).toHaveAccessibleDescription(
    'Churners target must be at least 1.',
  );
  await targets.getByLabel('Churners').fill('9');
  await targets.getByRole('button', { name: 'Save targets' }).click();
  await expect(page.getByText('Interview targets saved')).toBeVisible();
  await expect(cohortRegion(page, 'Churners')).toContainText(
    /\d of 9 accounts interviewed, \d more needed/,
  );
  await expect(cohortRegion(page, 'Power users')).toContainText('target 5 met');

  await page.reload();
  await expect(targets.getByLabel('Churners')).toHaveValue('9');
  await page.goto('/synthesis?view=saturation');
  await expect(page.getByText(/Churners: \d of 9 accounts interviewed/)).toBeVisible();
});

test('the accounts table: interview columns, the Interviewed filter, and the ICP score in a 1,280 px window', async ({
  page,
}) => {
  await page.goto('/accounts');
  await expect(page.getByText(/^\d+ accounts$/)).toBeVisible();
  const table = page.getByRole('table', { name: /^Accounts/ });
  await expect(table.getByRole('columnheader', { name: 'ICP score' })).toBeInViewport();
  await expect(table.getByRole('columnheader', { name: 'Interviews' })).toBeInViewport();
  await expect(table.getByRole('columnheader', { name: 'Last interview' })).toBeInViewport();
  // Nothing to scroll sideways: every default column fits.
  await expect
    .poll(() =>
      page
        .getByLabel('Accounts table', { exact: true })
        .evaluate((el) => el.scrollWidth - el.clientWidth),
    )
    .toBeLessThanOrEqual(0);

  const interviewed = page.getByRole('combobox', { name: 'Interviewed' });
  await interviewed.selectOption({ label: 'Not yet' });
  await expect(page.getByText(/^\d+ of 60 accounts$/)).toBeVisible();
  await expect.poll(() => columnTexts(page, 'Interviews')).not.toContain('1');
  expect(new Set(await columnTexts(page, 'Interviews'))).toEqual(new Set(['0']));
  expect(new Set(await columnTexts(page, 'Last interview'))).toEqual(new Set(['—']));

  await interviewed.selectOption({ label: 'Yes' });
  await expect.poll(() => columnTexts(page, 'Interviews')).not.toContain('0');
  for (const date of await columnTexts(page, 'Last interview')) {
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }

  // Most interviews first, on the first click, as for every number.
  await interviewed.selectOption({ label: 'Any' });
  await page.getByRole('button', { name: 'Interviews' }).click();
  await expect(table.getByRole('columnheader', { name: 'Interviews' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const counts = (await columnTexts(page, 'Interviews')).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

test('every account page offers New interview, with that account chosen', async ({ page }) => {
  await page.goto('/accounts');
  await page.getByRole('combobox', { name: 'Interviewed' }).selectOption({ label: 'Not yet' });
  await expect(page.getByText(/^\d+ of 60 accounts$/)).toBeVisible();
  const link = page
    .getByRole('table', { name: /^Accounts/ })
    .getByRole('rowheader')
    .first()
    .getByRole('link');
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('Not interviewed yet.')).toBeVisible();
  await page.getByRole('link', { name: `New interview with ${name}` }).click();
  await expect(page.getByRole('heading', { name: 'New interview', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Account').locator('option:checked')).toHaveText(
    new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`),
  );
});
