import {
  applyNotesWrite,
  copiesOf,
  resolveNotesCopy,
  restoreSetAside,
  type NotesCopyChoice,
  type NotesWrite,
  type NotesWriteOutcome,
} from '../domain/notesWrite';
import type { Interview } from '../domain/schemas/interview';
import { dropJournalEntry, journalFor, type NoteJournalDb } from './noteJournalDb';
import { rebasedHighlights } from './rebasedHighlights';
import { changeRow, changeTime, localAuthor, setChangeSource } from './changeLog';
import type { WorkspaceDb } from './schema';
import { CHANGES_TABLE } from './tables';

const MAX_NOTES = 2_000_000;

export class NotesTooLongError extends Error {
  constructor() {
    super('The notes are longer than 2,000,000 characters; split them up.');
    this.name = 'NotesTooLongError';
  }
}

export class InterviewGoneError extends Error {
  constructor() {
    super('This interview no longer exists.');
    this.name = 'InterviewGoneError';
  }
}

/**
 * Writes the notes (or this editor's kept copy, see applyNotesWrite) and, when the notes change,
 * moves the notes quotes to where their text now is in the same transaction, so a quote's stored
 * offsets never describe a different text than the notes.
 */
export async function writeNotes(
  db: WorkspaceDb,
  id: string,
  write: NotesWrite,
): Promise<NotesWriteOutcome> {
  if (write.text.length > MAX_NOTES) throw new NotesTooLongError();
  return db.transaction('rw', db.interviews, db.highlights, async () => {
    const stored = await db.interviews.get(id);
    if (!stored) throw new InterviewGoneError();
    const { next, outcome } = applyNotesWrite(stored, write);
    if (outcome === 'saved' && next.notes !== stored.notes) {
      const highlights = await db.highlights.where('interviewId').equals(id).toArray();
      const moved = rebasedHighlights(highlights, 'notes', next.notes, write.now);
      if (moved.length > 0) await db.highlights.bulkPut(moved);
    }
    await db.interviews.put(next);
    return outcome;
  });
}

/**
 * The notes write for a page that is going away (pagehide, tab hidden). Dexie's transactions need
 * several turns of the event loop, which a closing tab may not get; this is one raw IndexedDB
 * transaction, issued before the handler returns, that reads and writes in the backend's order.
 * It decides like writeNotes (compare-and-set, a copy when out of step) and skips re-anchoring
 * quotes: the page resolves them against the text when it renders, and the next writeNotes moves
 * them. Bypassing Dexie bypasses the change-log middleware too, so it appends its own row, built
 * by the same changeRow, in the same transaction.
 */
export function writeNotesNow(
  db: WorkspaceDb,
  id: string,
  write: NotesWrite,
): Promise<NotesWriteOutcome> {
  if (!db.isOpen()) return Promise.reject(new Error('The database is not open.'));
  if (write.text.length > MAX_NOTES) return Promise.reject(new NotesTooLongError());
  const tx = db.backendDB().transaction(['interviews', CHANGES_TABLE], 'readwrite', {
    durability: 'strict',
  });
  const store = tx.objectStore('interviews');
  let outcome: NotesWriteOutcome | null = null;
  const done = new Promise<NotesWriteOutcome>((resolve, reject) => {
    tx.oncomplete = () => (outcome ? resolve(outcome) : reject(new InterviewGoneError()));
    tx.onabort = () => reject(tx.error ?? new Error('The browser aborted the save.'));
  });
  const read = store.get(id);
  read.onsuccess = () => {
    const stored = read.result as Interview | undefined;
    if (!stored) return;
    const result = applyNotesWrite(stored, write);
    outcome = result.outcome;
    store.put(result.next);
    const row = changeRow('interviews', [id], 'put', localAuthor(), changeTime());
    if (row) tx.objectStore(CHANGES_TABLE).add(row);
  };
  return done;
}

export interface NotesCopyResolved {
  notes: string;
  /** Puts the text the choice set aside back as a kept copy; null when nothing was set aside. */
  undo: (() => Promise<void>) | null;
}

/** Applies the user's choice for one kept copy; Undo brings back what it set aside as a copy. */
export async function resolveNotesCopyIn(
  db: WorkspaceDb,
  id: string,
  copyId: string,
  choice: NotesCopyChoice,
  now: () => string,
): Promise<NotesCopyResolved> {
  const { next, setAside } = await db.transaction('rw', db.interviews, db.highlights, async () => {
    const stored = await db.interviews.get(id);
    if (!stored) throw new InterviewGoneError();
    const resolution = resolveNotesCopy(stored, copyId, choice, now());
    if (resolution.next.notes !== stored.notes) {
      const highlights = await db.highlights.where('interviewId').equals(id).toArray();
      const moved = rebasedHighlights(highlights, 'notes', resolution.next.notes, now());
      if (moved.length > 0) await db.highlights.bulkPut(moved);
    }
    await db.interviews.put(resolution.next);
    return resolution;
  });
  const undo =
    setAside === null
      ? null
      : () =>
          db.transaction('rw', db.interviews, async (tx) => {
            setChangeSource(tx, 'undo');
            const stored = await db.interviews.get(id);
            if (!stored) throw new InterviewGoneError();
            await db.interviews.put(restoreSetAside(stored, setAside, copyId, now()));
          });
  return { notes: next.notes, undo };
}

/**
 * Replays what other editors journaled for this interview (see noteJournalDb) and drops it: text
 * typed just before a crash or close lands in the notes, or beside them as a kept copy.
 */
export async function replayNoteJournal(
  db: WorkspaceDb,
  journal: NoteJournalDb,
  interviewId: string,
  exceptDraftId: string,
): Promise<void> {
  const entries = await journalFor(journal, db.name, interviewId);
  for (const entry of entries) {
    if (entry.draftId === exceptDraftId) continue;
    const stored = await db.interviews.get(interviewId);
    const landed =
      stored &&
      (stored.notes === entry.text || copiesOf(stored).some((c) => c.text === entry.text));
    if (stored && !landed) {
      const { text, expected, draftId, now } = entry;
      await writeNotes(db, interviewId, { text, expected, draftId, now });
    }
    await dropJournalEntry(journal, entry.draftId);
  }
}
