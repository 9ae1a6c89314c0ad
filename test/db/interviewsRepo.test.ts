import { restoreDeleted } from '../../src/db/recordUndo';
import { afterEach, describe, expect, it } from 'vitest';
import { createCode, listCodes } from '../../src/db/codesRepo';
import { addStarterGuides, saveGuide, deleteGuide, listGuides } from '../../src/db/guidesRepo';
import {
  addHighlightCode,
  createHighlight,
  deleteHighlight,
  listHighlightsForInterview,
  removeHighlightCode,
  restoreHighlight,
} from '../../src/db/highlightsRepo';
import {
  createInterview,
  getInterview,
  getInterviewView,
  saveTranscript,
  startCall,
  type NewInterview,
} from '../../src/db/interviewsRepo';
import { writeNotes } from '../../src/db/notesRepo';
import { WorkspaceDb } from '../../src/db/schema';
import { createAnchor, resolveAnchor } from '../../src/domain/anchoring';
import type { Account } from '../../src/domain/schemas/account';
import { accountRecord, contactRecord } from '../fixtures/records';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T10:05:00.000Z';

const dbs: WorkspaceDb[] = [];
function freshDb() {
  const db = new WorkspaceDb(`tourbook-interviews-test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('Expected a stored record.');
  return value;
}
/** A write in step with whatever is stored, as an editor that just read it makes. */
async function updateNotes(db: WorkspaceDb, id: string, text: string, now: string) {
  const stored = await db.interviews.get(id);
  return writeNotes(db, id, { text, expected: [stored?.notes ?? ''], draftId: 'draft-1', now });
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const account: Account = accountRecord({
  id: 'acc-1',
  createdAt: AT,
  updatedAt: AT,
  name: 'Acme',
  domain: 'acme.com',
  cohort: 'churner',
  cohortSource: 'manual',
});

const input: NewInterview = {
  accountId: 'acc-1',
  contactIds: ['c-1'],
  date: '2026-03-01',
  interviewer: 'Priya Raman',
  guideId: null,
  channel: 'video',
};

async function seeded() {
  const db = freshDb();
  await db.accounts.add(account);
  await db.contacts.add(
    contactRecord({
      id: 'c-1',
      createdAt: AT,
      updatedAt: AT,
      accountId: 'acc-1',
      name: 'Dana Whitfield',
      title: 'CFO',
      buyingRole: 'economic_buyer',
    }),
  );
  const interview = await createInterview(db, input, AT, 'int-1');
  return { db, interview };
}

describe('interviews repository', () => {
  it('creates a planned interview with empty notes, and refuses one without an interviewer', async () => {
    const { db, interview } = await seeded();
    expect(interview).toMatchObject({ notes: '', status: 'planned', transcript: null });
    const view = await getInterviewView(db, 'int-1');
    expect(view?.account?.name).toBe('Acme');
    expect(view?.contacts.map((c) => c.name)).toEqual(['Dana Whitfield']);
    await expect(createInterview(db, { ...input, interviewer: '  ' }, AT)).rejects.toThrow(
      'Interviewer is required.',
    );
    expect(await db.interviews.count()).toBe(1);
  });

  it('moves notes quotes with their text when the notes are saved, in the same write', async () => {
    const { db } = await seeded();
    const notes = 'Intro.\nThe security review took four months.\nEnd.';
    await updateNotes(db, 'int-1', notes, AT);
    const start = notes.indexOf('security');
    const quote = await createHighlight(
      db,
      {
        interviewId: 'int-1',
        accountId: 'acc-1',
        anchor: createAnchor(notes, start, start + 'security review'.length, 'notes'),
        codeIds: ['code-x'],
      },
      AT,
      'h-1',
    );
    expect(quote.anchor.start).toBe(start);

    const edited = `A much longer introduction. ${notes}`;
    await updateNotes(db, 'int-1', edited, LATER);
    const moved = await db.highlights.get('h-1');
    expect(moved?.anchor.start).toBe(edited.indexOf('security'));
    expect(moved?.anchor.exact).toBe('security review');
    expect(moved?.updatedAt).toBe(LATER);
    expect((await getInterview(db, 'int-1'))?.notes).toBe(edited);
  });

  it('keeps a quote whose text was deleted, with its old anchor, and re-attaches it on undo', async () => {
    const { db } = await seeded();
    const notes = 'Keep this. Pricing confused everyone. Keep that.';
    await updateNotes(db, 'int-1', notes, AT);
    const start = notes.indexOf('Pricing');
    await createHighlight(
      db,
      {
        interviewId: 'int-1',
        accountId: 'acc-1',
        anchor: createAnchor(notes, start, start + 'Pricing confused everyone.'.length, 'notes'),
        codeIds: [],
      },
      AT,
      'h-1',
    );
    await updateNotes(db, 'int-1', 'Keep this. Keep that.', LATER);
    const detached = await db.highlights.get('h-1');
    expect(detached?.anchor.exact).toBe('Pricing confused everyone.');
    expect(resolveAnchor('Keep this. Keep that.', present(detached).anchor)).toBeNull();

    await updateNotes(db, 'int-1', notes, LATER);
    const back = await db.highlights.get('h-1');
    expect(resolveAnchor(notes, present(back).anchor)).toMatchObject({ start });
  });

  it('refuses to save notes for an interview that is gone, writing nothing', async () => {
    const { db } = await seeded();
    await expect(updateNotes(db, 'nope', 'text', AT)).rejects.toThrow(
      'This interview no longer exists.',
    );
    expect(await db.interviews.get('nope')).toBeUndefined();
  });

  it('keeps the first start time when a dropped call is resumed', async () => {
    const { db } = await seeded();
    await startCall(db, 'int-1', AT);
    await startCall(db, 'int-1', LATER);
    expect(await getInterview(db, 'int-1')).toMatchObject({
      startedAt: AT,
      status: 'in_progress',
    });
  });

  it('stores a transcript with its speaker map, and rejects an invalid one without writing', async () => {
    const { db } = await seeded();
    const segments = [{ speaker: 'Dana', startMs: 0, endMs: 1000, text: 'We had a failed audit.' }];
    const speakerMap = [{ key: 'Dana', value: 'c-1' }];
    await saveTranscript(db, 'int-1', segments, speakerMap, AT);
    expect(await getInterview(db, 'int-1')).toMatchObject({ transcript: segments, speakerMap });
    await expect(
      saveTranscript(db, 'int-1', [{ speaker: 'X', startMs: 5, endMs: 1, text: 'x' }], [], LATER),
    ).rejects.toThrow();
    expect((await getInterview(db, 'int-1'))?.transcript).toEqual(segments);
  });
});

describe('quotes, codes and guides used by the interview page', () => {
  it('adds and removes codes on a quote, and restores a deleted quote', async () => {
    const { db } = await seeded();
    const text = 'We had a failed audit.';
    await createHighlight(
      db,
      {
        interviewId: 'int-1',
        accountId: 'acc-1',
        anchor: createAnchor(text, 0, text.length, 'transcript'),
        codeIds: ['a', 'a'],
      },
      AT,
      'h-1',
    );
    await addHighlightCode(db, 'h-1', 'b', LATER);
    await addHighlightCode(db, 'h-1', 'b', LATER);
    await removeHighlightCode(db, 'h-1', 'a', LATER);
    expect((await db.highlights.get('h-1'))?.codeIds).toEqual(['b']);

    const removed = await deleteHighlight(db, 'h-1');
    expect(await listHighlightsForInterview(db, 'int-1')).toEqual([]);
    await restoreHighlight(db, present(removed));
    expect(await listHighlightsForInterview(db, 'int-1')).toHaveLength(1);
  });

  it('creates a code inline, refusing a second one with the same name in any case', async () => {
    const db = freshDb();
    const code = await createCode(db, { name: ' Numbers nobody trusts ', kind: 'pain_point' }, AT);
    expect(code).toMatchObject({ name: 'Numbers nobody trusts', pinned: false, parentId: null });
    await expect(
      createCode(db, { name: 'numbers NOBODY trusts', kind: 'outcome' }, AT),
    ).rejects.toThrow('A code named “Numbers nobody trusts” already exists.');
    expect(await listCodes(db)).toHaveLength(1);
  });

  it('adds the starter guides only for cohorts without one, and undoes a delete', async () => {
    const db = freshDb();
    await saveGuide(
      db,
      null,
      { name: 'Our churn guide', cohort: 'churner', questions: [{ id: null, text: 'Why?' }] },
      AT,
    );
    expect(await addStarterGuides(db, AT)).toBe(3);
    const guides = await listGuides(db);
    expect(guides.map((g) => g.cohort)).toEqual([
      'power_user',
      'emerging_promoter',
      'churner',
      'lost_deal',
    ]);
    expect(guides.find((g) => g.cohort === 'churner')?.name).toBe('Our churn guide');
    expect(await addStarterGuides(db, AT)).toBe(0);

    const first = present(guides[0]);
    const removed = await deleteGuide(db, first.id);
    expect(await listGuides(db)).toHaveLength(3);
    await restoreDeleted(db, db.guides, present(removed));
    expect((await listGuides(db))[0]).toEqual(first);
  });
});
