/**
 * Issue 5's transcript journey end to end: import a transcript, map its speakers, code a sentence,
 * then find that quote where a PMM looks for it later (the Quotes page and Search), attributed to
 * the person the speaker was mapped to, and re-map the speaker after import.
 */
import type { Locator, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { selectInTranscript } from './transcriptSelection';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/transcripts/${name}`, import.meta.url));

/** Demo names and codes are data, not patterns. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Creates an interview with the first demo account and its first contact; returns its path. */
async function newInterview(page: Page): Promise<string> {
  await page.goto('/interviews');
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Account').selectOption({ index: 1 });
  await expect(page.getByLabel('Guide')).not.toHaveValue('');
  await page.getByRole('group', { name: 'Contacts' }).getByRole('checkbox').first().check();
  await page.getByLabel('Interviewer').fill('Priya Raman');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await expect(page.getByRole('heading', { name: /^Interview with /, level: 1 })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Imports a transcript file, mapping `speaker` to the interview's contact; returns that name. */
async function importTranscript(
  page: Page,
  file: string,
  summary: string,
  speaker: string,
): Promise<string> {
  await page.getByRole('button', { name: 'Import transcript' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import transcript' });
  await dialog.getByLabel('Transcript file').setInputFiles(fixture(file));
  await expect(dialog.getByText(summary)).toBeVisible();
  // Guessed from the interviewer's name.
  await expect(dialog.getByRole('combobox', { name: 'Priya Raman' })).toHaveValue('interviewer');
  const select = dialog.getByRole('combobox', { name: speaker });
  await select.selectOption({ index: 1 });
  const option = (await select.locator('option:checked').textContent()) ?? '';
  const contact = option.split(',')[0]?.trim() ?? '';
  expect(contact).not.toBe('');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  return contact;
}

function panelQuote(page: Page, text: string): Locator {
  return page
    .getByRole('region', { name: 'Quotes in this interview' })
    .getByRole('listitem')
    .filter({ has: page.getByText(text, { exact: true }) })
    .first();
}

/** Highlights a sentence, quotes it with Alt+Q and codes it from the picker. */
async function codeSentence(page: Page, sentence: string, code: string) {
  await selectInTranscript(page, sentence);
  await page.keyboard.press('Alt+Q');
  await expect(panelQuote(page, sentence)).toBeVisible();
  await page.keyboard.press('Alt+C');
  const picker = page.getByLabel('Find or create a code');
  await expect(picker).toBeFocused();
  await picker.fill(code);
  await page.getByRole('option', { name: new RegExp(`^${literally(code)}`) }).click();
  await expect(panelQuote(page, sentence).getByRole('list', { name: 'Codes' })).toContainText(code);
  await page.getByRole('button', { name: 'Done' }).click();
  // Back in the transcript, where the shortcut was pressed.
  await expect(page.getByRole('region', { name: 'Transcript text' })).toBeFocused();
}

/** The quote's row on the Quotes page, filtered by its code and narrowed by a word of it. */
async function quotesPageRow(page: Page, code: string, word: string, sentence: string) {
  await page.getByRole('link', { name: 'Quotes', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Quotes', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Code', exact: true }).selectOption({ label: code });
  await page.getByRole('searchbox', { name: 'Find' }).fill(word);
  const row = page
    .getByRole('table', { name: /^Quotes/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: sentence, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('list', { name: 'Codes' })).toContainText(code);
  return row;
}

/** Finds the quote through the header Search and opens it: its interview, the quote selected. */
async function openThroughSearch(page: Page, word: string, sentence: string, path: string) {
  const box = page.getByRole('searchbox', { name: 'Search' });
  const results = page.getByRole('region', { name: 'Search results' });
  await box.fill(word);
  await expect(results).toHaveAttribute('data-results-for', word);
  const hit = results
    .getByRole('group', { name: /^Quotes/ })
    .getByRole('option')
    .filter({ hasText: sentence });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark').filter({ hasText: new RegExp(`^${word}$`, 'i') })).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${literally(path)}\\?quote=.+`));
  await expect(results).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(sentence);
}

test('a VTT with voice tags: coded sentence found on Quotes and via Search; speakers re-mapped after import', async ({
  page,
}) => {
  const sentence = 'Our new CFO wanted numbers <weekly>, not quarterly.';
  const path = await newInterview(page);
  const dana = await importTranscript(
    page,
    'call-voice-tags.vtt',
    'WebVTT · 6 segments · 2 speakers',
    'Dana Whitfield',
  );
  const transcript = page.getByRole('region', { name: 'Transcript text' });
  await expect(transcript.getByText(dana, { exact: true }).first()).toBeVisible();
  await codeSentence(page, sentence, 'New executive');
  await expect(panelQuote(page, sentence)).toContainText(`Transcript · ${dana}`);

  const row = await quotesPageRow(page, 'New executive', 'weekly', sentence);
  await expect(row.getByRole('cell', { name: dana, exact: true })).toBeVisible();

  await openThroughSearch(page, 'weekly', sentence, path);

  // Dana was not the contact after all: re-map her without importing the file again.
  const speakersButton = page.getByRole('button', { name: 'Speakers…' });
  await speakersButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Speakers' });
  await expect(dialog.getByRole('combobox', { name: 'Priya Raman' })).toHaveValue('interviewer');
  const danaSelect = dialog.getByRole('combobox', { name: 'Dana Whitfield' });
  await expect(danaSelect.locator('option:checked')).toHaveText(new RegExp(`^${literally(dana)}`));
  await danaSelect.selectOption({ label: 'Someone else' });
  await dialog.getByRole('button', { name: 'Save speakers' }).click();
  await expect(page.getByText('Speakers saved; 1 quote re-attributed')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(speakersButton).toBeFocused();
  await expect(transcript.getByText('Dana Whitfield', { exact: true }).first()).toBeVisible();
  await expect(transcript.getByText(dana, { exact: true })).toHaveCount(0);
  await expect(panelQuote(page, sentence)).toContainText('Transcript · Dana Whitfield');

  const after = await quotesPageRow(page, 'New executive', 'weekly', sentence);
  await expect(after.getByRole('cell', { name: 'Dana Whitfield', exact: true })).toBeVisible();
  await expect(after.getByRole('cell', { name: dana, exact: true })).toHaveCount(0);
});

test('an Otter TXT: coded sentence found on Quotes and via Search, by the mapped contact', async ({
  page,
}) => {
  const sentence = 'A peer at a logistics meetup.';
  const path = await newInterview(page);
  const sam = await importTranscript(
    page,
    'otter-call.txt',
    'Otter text export · 5 segments · 3 speakers',
    'Sam Okafor',
  );
  await expect(page.getByText('5 segments', { exact: true })).toBeVisible();
  await codeSentence(page, sentence, 'Peer referral');
  await expect(panelQuote(page, sentence)).toContainText(`Transcript · ${sam}`);

  const row = await quotesPageRow(page, 'Peer referral', 'meetup', sentence);
  await expect(row.getByRole('cell', { name: sam, exact: true })).toBeVisible();

  await openThroughSearch(page, 'meetup', sentence, path);
});
