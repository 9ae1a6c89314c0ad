import { afterEach, describe, expect, it } from 'vitest';
import {
  dropJournalEntry,
  journalFor,
  journalNow,
  NoteJournalDb,
  type JournalMirror,
} from '../../src/db/noteJournalDb';
import {
  replayNoteJournal,
  resolveNotesCopyIn,
  writeNotes,
  writeNotesNow,
} from '../../src/db/notesRepo';
import { WorkspaceDb } from '../../src/db/schema';
import { interviewRecord } from '../fixtures/records';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T10:05:00.000Z';

const dbs: WorkspaceDb[] = [];
async function seeded(notes = 'Saved by tab A.') {
  const db = new WorkspaceDb(`tourbook-notes-test-${crypto.randomUUID()}`);
  dbs.push(db);
  await db.interviews.add(interviewRecord({ id: 'int-1', accountId: 'acc-1', notes }));
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('notes writes', () => {
  it('a tab writing against notes that changed keeps its text as a copy, both survive', async () => {
    const db = await seeded();
    const outcome = await writeNotes(db, 'int-1', {
      text: 'Typed in tab B.',
      expected: [''],
      draftId: 'B',
      now: LATER,
    });
    expect(outcome).toBe('kept-as-copy');
    const stored = await db.interviews.get('int-1');
    expect(stored?.notes).toBe('Saved by tab A.');
    expect(stored?.notesCopies?.map((c) => c.text)).toEqual(['Typed in tab B.']);
  });

  it('the write for a closing page is compare-and-set too', async () => {
    const db = await seeded();
    await db.open();
    const outcome = await writeNotesNow(db, 'int-1', {
      text: 'Typed just before tab B closed.',
      expected: [''],
      draftId: 'B',
      now: LATER,
    });
    expect(outcome).toBe('kept-as-copy');
    const stored = await db.interviews.get('int-1');
    expect(stored?.notes).toBe('Saved by tab A.');
    expect(stored?.notesCopies?.[0]?.text).toBe('Typed just before tab B closed.');
    expect(stored?.interviewer).toBe('Priya Raman');
  });

  it('the write for a closing page lands on notes still in step', async () => {
    const db = await seeded();
    await db.open();
    await writeNotesNow(db, 'int-1', {
      text: 'Saved by tab A. Last words.',
      expected: ['Saved by tab A.'],
      draftId: 'A',
      now: LATER,
    });
    expect((await db.interviews.get('int-1'))?.notes).toBe('Saved by tab A. Last words.');
  });

  it('refuses to write notes of an interview that is gone, writing nothing', async () => {
    const db = await seeded();
    await expect(
      writeNotes(db, 'nope', { text: 'x', expected: [''], draftId: 'A', now: AT }),
    ).rejects.toThrow('This interview no longer exists.');
    await db.open();
    await expect(
      writeNotesNow(db, 'nope', { text: 'x', expected: [''], draftId: 'A', now: AT }),
    ).rejects.toThrow('This interview no longer exists.');
    expect(await db.interviews.get('nope')).toBeUndefined();
  });

  it('resolving a copy can be undone, which keeps the set-aside text as a copy again', async () => {
    const db = await seeded();
    await writeNotes(db, 'int-1', { text: 'B text', expected: [''], draftId: 'B', now: AT });
    const resolved = await resolveNotesCopyIn(db, 'int-1', 'B', 'use-copy', () => LATER);
    expect(resolved.notes).toBe('B text');
    expect((await db.interviews.get('int-1'))?.notesCopies).toEqual([]);
    await resolved.undo?.();
    const stored = await db.interviews.get('int-1');
    expect(stored?.notes).toBe('B text');
    expect(stored?.notesCopies?.map((c) => c.text)).toEqual(['Saved by tab A.']);
  });
});

describe('the keystroke journal', () => {
  const journals: NoteJournalDb[] = [];
  afterEach(async () => {
    await Promise.all(journals.splice(0).map((j) => j.delete()));
  });
  async function openJournal(mirror: JournalMirror | null = null) {
    const journal = new NoteJournalDb(`tourbook-journal-test-${crypto.randomUUID()}`, mirror);
    journals.push(journal);
    await journal.open();
    return journal;
  }

  it('puts text journaled by an editor that died back into the notes, once', async () => {
    const db = await seeded();
    const journal = await openJournal();
    journalNow(journal, {
      workspaceDb: db.name,
      interviewId: 'int-1',
      text: 'Saved by tab A. Typed just before the crash.',
      expected: ['Saved by tab A.'],
      draftId: 'dead',
      now: LATER,
    });
    await replayNoteJournal(db, journal, 'int-1', 'alive');
    expect((await db.interviews.get('int-1'))?.notes).toBe(
      'Saved by tab A. Typed just before the crash.',
    );
    expect(await journal.entries.count()).toBe(0);
  });

  it('keeps journaled text written against notes that moved on as a copy', async () => {
    const db = await seeded();
    const journal = await openJournal();
    journalNow(journal, {
      workspaceDb: db.name,
      interviewId: 'int-1',
      text: 'An older base. Typed in the dead tab.',
      expected: ['An older base.'],
      draftId: 'dead',
      now: LATER,
    });
    await replayNoteJournal(db, journal, 'int-1', 'alive');
    const stored = await db.interviews.get('int-1');
    expect(stored?.notes).toBe('Saved by tab A.');
    expect(stored?.notesCopies?.map((c) => c.text)).toEqual([
      'An older base. Typed in the dead tab.',
    ]);
  });

  it('leaves the journal of the editor that replays alone, and drops only landed text', async () => {
    const db = await seeded();
    const journal = await openJournal();
    const entry = {
      workspaceDb: db.name,
      interviewId: 'int-1',
      text: 'Saved by tab A. More.',
      expected: ['Saved by tab A.'],
      draftId: 'alive',
      now: LATER,
    };
    journalNow(journal, entry);
    await replayNoteJournal(db, journal, 'int-1', 'alive');
    expect((await db.interviews.get('int-1'))?.notes).toBe('Saved by tab A.');
    await dropJournalEntry(journal, 'alive', 'an older text');
    expect(await journal.entries.count()).toBe(1);
    await dropJournalEntry(journal, 'alive', entry.text);
    expect(await journal.entries.count()).toBe(0);
  });

  describe('mirrored into localStorage', () => {
    /** A Web Storage stand-in: the db tests run in Node, which has none. */
    function memoryStorage(): JournalMirror & { items: Map<string, string> } {
      const items = new Map<string, string>();
      return {
        items,
        get length() {
          return items.size;
        },
        key: (i) => [...items.keys()][i] ?? null,
        getItem: (key) => items.get(key) ?? null,
        setItem: (key, value) => void items.set(key, value),
        removeItem: (key) => void items.delete(key),
      };
    }
    const typed = (text: string, draftId = 'dead') => ({
      interviewId: 'int-1',
      text,
      expected: ['Saved by tab A.'],
      draftId,
      now: LATER,
    });

    it('replays the last keystroke when only the mirror kept it', async () => {
      const db = await seeded();
      const mirror = memoryStorage();
      const journal = await openJournal(mirror);
      journalNow(journal, { workspaceDb: db.name, ...typed('Saved by tab A. Wor') });
      journalNow(journal, { workspaceDb: db.name, ...typed('Saved by tab A. Word') });
      // The browser ended before IndexedDB committed the last put.
      await journal.entries.put({ ...typed('Saved by tab A. Wor'), workspaceDb: db.name, seq: 0 });
      await replayNoteJournal(db, journal, 'int-1', 'alive');
      expect((await db.interviews.get('int-1'))?.notes).toBe('Saved by tab A. Word');
      expect(mirror.items.size).toBe(0);
      expect(await journal.entries.count()).toBe(0);
    });

    it('prefers the IndexedDB entry when it is the newer one', async () => {
      const db = await seeded();
      const mirror = memoryStorage();
      const journal = await openJournal(mirror);
      journalNow(journal, { workspaceDb: db.name, ...typed('Saved by tab A. Older') });
      const older = mirror.items.get(journal.mirrorKey('dead')) ?? '';
      journalNow(journal, { workspaceDb: db.name, ...typed('Saved by tab A. Older and newer') });
      // A SIGKILL: the browser had not yet committed the mirror's last value.
      mirror.items.set(journal.mirrorKey('dead'), older);
      const [entry] = await journalFor(journal, db.name, 'int-1');
      expect(entry?.text).toBe('Saved by tab A. Older and newer');
    });

    it('drops the mirror entry once its text landed, and keeps a newer one', async () => {
      const db = await seeded();
      const mirror = memoryStorage();
      const journal = await openJournal(mirror);
      journalNow(journal, { workspaceDb: db.name, ...typed('Saved by tab A. Newer', 'alive') });
      await dropJournalEntry(journal, 'alive', 'Saved by tab A.');
      expect(mirror.items.size).toBe(1);
      await dropJournalEntry(journal, 'alive', 'Saved by tab A. Newer');
      expect(mirror.items.size).toBe(0);
    });

    it('drops an unreadable mirror entry and still replays the others', async () => {
      const db = await seeded();
      const mirror = memoryStorage();
      const journal = await openJournal(mirror);
      mirror.items.set(journal.mirrorKey('broken'), '{"text": 4');
      journalNow(journal, { workspaceDb: db.name, ...typed('Saved by tab A. Kept.') });
      await replayNoteJournal(db, journal, 'int-1', 'alive');
      expect((await db.interviews.get('int-1'))?.notes).toBe('Saved by tab A. Kept.');
      expect(mirror.items.size).toBe(0);
    });

    it('keeps typing when the mirror is full', async () => {
      const db = await seeded();
      const journal = await openJournal({
        ...memoryStorage(),
        setItem: () => {
          throw new DOMException('Full', 'QuotaExceededError');
        },
      });
      expect(() =>
        journalNow(journal, { workspaceDb: db.name, ...typed('Saved by tab A. More.') }),
      ).not.toThrow();
      await replayNoteJournal(db, journal, 'int-1', 'alive');
      expect((await db.interviews.get('int-1'))?.notes).toBe('Saved by tab A. More.');
    });
  });
});
