// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHighlight } from '../../src/db/highlightsRepo';
import { createInterview, saveTranscript } from '../../src/db/interviewsRepo';
import { WorkspaceDb } from '../../src/db/schema';
import { createAnchor } from '../../src/domain/anchoring';
import type { TranscriptSegment } from '../../src/domain/schemas/interview';
import { transcriptText } from '../../src/domain/transcriptText';
import { accountRecord, contactRecord } from '../fixtures/records';
import { renderInterviewPage } from './renderInWorkspace';

const AT = '2026-01-01T00:00:00.000Z';
const dbs: WorkspaceDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const segments: TranscriptSegment[] = [
  { speaker: 'Priya', startMs: 0, endMs: 1000, text: 'What made you look?' },
  { speaker: '__proto__', startMs: 1000, endMs: 2000, text: 'We had a failed audit.' },
];

/** An interview whose transcript has a "__proto__" speaker, not yet mapped, and one quote by it. */
async function renderInterview() {
  const db = new WorkspaceDb(`tourbook-speaker-dialog-${crypto.randomUUID()}`);
  dbs.push(db);
  await db.accounts.add(
    accountRecord({
      id: 'acc-1',
      name: 'Acme',
      cohort: 'churner',
      cohortSource: 'manual',
    }),
  );
  await db.contacts.add(
    contactRecord({
      id: 'c-dana',
      accountId: 'acc-1',
      name: 'Dana Whitfield',
      title: 'CFO',
    }),
  );
  await createInterview(
    db,
    {
      accountId: 'acc-1',
      contactIds: ['c-dana'],
      date: '2026-01-02',
      interviewer: 'Priya Raman',
      guideId: null,
      channel: 'video',
    },
    AT,
    'int-1',
  );
  await saveTranscript(db, 'int-1', segments, [{ key: 'Priya', value: 'interviewer' }], AT);
  const text = transcriptText(segments);
  const start = text.indexOf('We had');
  await createHighlight(
    db,
    {
      interviewId: 'int-1',
      accountId: 'acc-1',
      anchor: createAnchor(text, start, text.length, 'transcript'),
      codeIds: [],
      speaker: '__proto__',
    },
    AT,
    'h-1',
  );
  await renderInterviewPage(db, 'int-1', 'Interview with Acme');
  return db;
}

describe('Speakers dialog', () => {
  it('re-maps a "__proto__" speaker after import; transcript and quote follow once saved', async () => {
    const db = await renderInterview();
    const transcript = screen.getByRole('region', { name: 'Transcript text' });
    const quotes = screen.getByRole('region', { name: 'Quotes in this interview' });
    expect(await within(quotes).findByText('Transcript · __proto__')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Speakers…' }));
    const dialog = screen.getByRole('dialog', { name: 'Speakers' });
    expect(within(dialog).getByRole('combobox', { name: 'Priya' })).toHaveValue('interviewer');
    const proto = within(dialog).getByRole('combobox', { name: '__proto__' });
    expect(proto).toHaveValue('');
    await userEvent.selectOptions(proto, 'Dana Whitfield, CFO');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save speakers' }));

    expect(await screen.findByText('Speakers saved; 1 quote re-attributed')).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Speakers' })).toBeNull();
    expect(await within(transcript).findByText('Dana Whitfield')).toBeVisible();
    expect(await within(quotes).findByText('Transcript · Dana Whitfield')).toBeVisible();
    expect((await db.interviews.get('int-1'))?.speakerMap).toEqual([
      { key: 'Priya', value: 'interviewer' },
      { key: '__proto__', value: 'c-dana' },
    ]);
  });

  it('shows why a save failed and keeps the dialog open with the choices made', async () => {
    const db = await renderInterview();
    await userEvent.click(screen.getByRole('button', { name: 'Speakers…' }));
    const dialog = screen.getByRole('dialog', { name: 'Speakers' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Priya' }),
      'Someone else',
    );
    // The browser refuses the write (storage full, say).
    db.interviews.hook('updating', () => {
      throw new Error('The disk is full.');
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save speakers' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The speakers were not saved: The disk is full.',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Priya' })).toHaveValue('');
    expect(screen.queryByText(/^Speakers saved/)).toBeNull();
    expect((await db.interviews.get('int-1'))?.speakerMap).toEqual([
      { key: 'Priya', value: 'interviewer' },
    ]);
  });
});
