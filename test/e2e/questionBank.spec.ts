import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CORE = 'What other options did you consider, including doing nothing?';
const EDITED = 'Which other options did you weigh, doing nothing included?';

/** Plans an interview with the first demo account (its cohort's guide) and opens it. */
async function newInterview(page: Page): Promise<void> {
  await page.goto('/interviews/new');
  await page.getByLabel('Account').selectOption({ index: 1 });
  await expect(page.getByLabel('Guide')).not.toHaveValue('');
  await page.getByLabel('Interviewer').fill('Priya Raman');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await expect(page.getByRole('heading', { name: /^Interview with /, level: 1 })).toBeVisible();
}

test('a shared question edited once in the bank reads the new way in every guide', async ({
  page,
}) => {
  await page.goto('/guides');
  const bank = page.getByRole('region', { name: 'Question bank' });
  const item = bank.getByRole('listitem').filter({ hasText: CORE });
  await expect(item).toContainText('Used in 4 guides');
  await item.getByRole('button', { name: `Edit question: ${CORE}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit question' });
  await expect(dialog.getByLabel('Question')).toHaveAccessibleDescription(
    'Used in 4 guides: the new text shows in each of them.',
  );
  await dialog.getByLabel('Question').fill(EDITED);
  await dialog.getByRole('button', { name: 'Save question' }).click();
  await expect(dialog).toBeHidden();

  for (const cohort of ['Power users', 'Emerging promoters', 'Churners', 'Lost deals']) {
    const card = page.getByRole('region', { name: cohort }).getByRole('listitem').first();
    await card.locator('summary').click();
    await expect(card.getByText(EDITED)).toBeVisible();
    await expect(card.getByText(CORE)).toHaveCount(0);
  }
  await expect(bank.getByRole('listitem').filter({ hasText: EDITED })).toContainText(
    'Used in 4 guides',
  );

  // A question of one's own starts in no guide, and only such a question can be deleted.
  await bank.getByRole('button', { name: 'New question' }).click();
  const added = page.getByRole('dialog', { name: 'New question' });
  await added.getByLabel('Question').fill('What would you tell a peer about us?');
  await added.getByRole('button', { name: 'Save question' }).click();
  const own = bank.getByRole('listitem').filter({ hasText: 'What would you tell a peer' });
  await expect(own).toContainText('In no guide');
  const shared = bank.getByRole('listitem').filter({ hasText: EDITED });
  await expect(shared.getByRole('button', { name: /^Edit/ })).toBeVisible();
  await expect(shared.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await own.getByRole('button', { name: /^Delete question/ }).click();
  await expect(own).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(own).toContainText('In no guide');

  // The guide editor says so too, beside the question it would change everywhere.
  await page.getByRole('button', { name: 'Edit Churners interview guide' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit “Churners interview guide”' });
  await expect(editor.getByText(/Used in 4 guides: editing it here/).first()).toBeVisible();
});

test('on a call: Alt+A ticks the question at the current line, Go to answer comes back', async ({
  page,
}) => {
  await newInterview(page);
  const notes = page.getByLabel('Notes', { exact: true });
  const guide = page.getByRole('complementary', { name: 'Guide questions' });
  const first = guide.getByRole('checkbox').first();
  const firstText = (await first.locator('xpath=..').textContent())?.trim() ?? '';
  await expect(first).not.toBeChecked();

  await page.getByRole('button', { name: 'Start call' }).click();
  await expect(notes).toHaveValue(/\[00:00\] $/);
  await expect(notes).toBeFocused();
  await notes.pressSequentially('I run ops for a team of six');
  await notes.press('Alt+A');
  await notes.pressSequentially(', mostly remote.');
  await expect(first).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: `Asked: ${firstText}` })).toBeVisible();
  await expect(notes).toBeFocused();
  await notes.press('Enter');
  await notes.pressSequentially('Reporting takes two days a month.');
  // Every character reached the notes: the shortcut took none and moved no cursor.
  await expect(notes).toHaveValue(
    /^\[00:00\] I run ops for a team of six, mostly remote\.\n\[\d\d:\d\d\] Reporting takes two days a month\.$/,
  );
  await expect(guide.getByText('1 of')).toBeVisible();

  await guide.getByRole('button', { name: `Go to answer: ${firstText}` }).click();
  await expect(notes).toBeFocused();
  const caret = await notes.evaluate((el: HTMLTextAreaElement) => {
    const lineStart = el.value.lastIndexOf('\n', el.selectionStart - 1) + 1;
    return el.value.slice(lineStart, el.selectionStart);
  });
  expect(caret).toBe('[00:00] I run ops for a team of six');

  // A checkbox ticks the next one by hand, and the tick survives a reload.
  // The box shows the stored tick, so it turns checked once the tick is written.
  await guide.getByRole('checkbox').nth(1).click();
  await expect(guide.getByRole('checkbox').nth(1)).toBeChecked();
  await expect(guide.getByText('2 of')).toBeVisible();
  await page.reload();
  await expect(guide.getByRole('checkbox').first()).toBeChecked();
  await expect(guide.getByRole('checkbox').nth(1)).toBeChecked();
});

test('focus mode hides the navigation, keeps notes, guide and timer, and survives a reload', async ({
  page,
}) => {
  await newInterview(page);
  const notes = page.getByLabel('Notes', { exact: true });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.getByRole('button', { name: 'Start call' }).click();
  await expect(nav).toBeVisible();
  await notes.press('Alt+M');
  await expect(nav).toBeHidden();
  await expect(notes).toBeFocused();
  await expect(page.getByRole('complementary', { name: 'Guide questions' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Elapsed time' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quotes in this interview' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Focus mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.reload();
  await expect(notes).toBeVisible();
  await expect(nav).toBeHidden();
  await notes.focus();
  await notes.press('Escape');
  await expect(nav).toBeVisible();
  await page.getByRole('button', { name: 'Focus mode' }).click();
  await expect(nav).toBeHidden();
  await expect(notes).toBeFocused();
  await page.getByRole('button', { name: 'Focus mode' }).click();
  await expect(nav).toBeVisible();
});
