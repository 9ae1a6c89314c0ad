import Dexie, { type EntityTable } from 'dexie';
import type { NotesWrite } from '../domain/notesWrite';

/**
 * The newest text of each notes editor, written blind at every keystroke. A compare-and-set write
 * needs a read and then a write, so a browser that dies between the two loses the keystroke; a
 * blind put is whole in the backend the moment it is issued. Entries are replayed, through the
 * same compare-and-set, the next time the interview opens. Device-local: never backed up or synced.
 */
export interface NoteJournalEntry extends NotesWrite {
  workspaceDb: string;
  interviewId: string;
}

export const NOTE_JOURNAL_DB_NAME = 'tourbook-note-journal';

export class NoteJournalDb extends Dexie {
  entries!: EntityTable<NoteJournalEntry, 'draftId'>;

  constructor(name = NOTE_JOURNAL_DB_NAME) {
    // Relaxed: the journal guards against the browser dying, and a write the browser handed to
    // the OS survives that; one more fsync per keystroke would delay the notes' own strict write.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({ entries: 'draftId, [workspaceDb+interviewId]' });
  }
}

let shared: NoteJournalDb | null = null;

/** One journal per page, opened on first use. */
export function noteJournal(): NoteJournalDb {
  shared ??= new NoteJournalDb();
  if (!shared.isOpen()) {
    // Without the journal the regular writes still carry every keystroke, only with a wider
    // window for a crash; nothing for the user to do, so it is logged rather than shown.
    shared
      .open()
      .catch((error: unknown) => console.error('The notes journal did not open.', error));
  }
  return shared;
}

/**
 * Issues the put before returning, on the raw store: Dexie starts its transactions a turn later,
 * and the keystroke that matters most is the last one before a crash. When the journal is not
 * open yet the regular write alone carries the text.
 */
export function journalNow(journal: NoteJournalDb, entry: NoteJournalEntry): void {
  // Called inside the keystroke's event handler: it must never throw into it.
  if (!journal.isOpen()) return;
  try {
    const tx = journal.backendDB().transaction('entries', 'readwrite', { durability: 'relaxed' });
    tx.objectStore('entries').put(entry);
    tx.commit();
  } catch (error) {
    // A full disk or a closing database: the regular write that follows reports it to the user.
    console.warn('The notes journal did not take this keystroke.', error);
  }
}

export async function journalFor(
  journal: NoteJournalDb,
  workspaceDb: string,
  interviewId: string,
): Promise<NoteJournalEntry[]> {
  return journal.entries.where({ workspaceDb, interviewId }).toArray();
}

/** Drops an editor's entry; with `landed`, only while it still holds that text, not a newer one. */
export async function dropJournalEntry(
  journal: NoteJournalDb,
  draftId: string,
  landed?: string,
): Promise<void> {
  await journal.entries
    .where('draftId')
    .equals(draftId)
    .filter((entry) => landed === undefined || entry.text === landed)
    .delete();
}
