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
  /** Orders one editor's entries when the two copies below disagree; absent on older entries. */
  seq?: number;
}

/** The part of the Web Storage API the mirror uses, so tests can hand in their own. */
export type JournalMirror = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const NOTE_JOURNAL_DB_NAME = 'tourbook-note-journal';

/**
 * Each entry is also mirrored into localStorage. A graceful browser close can end IndexedDB
 * before it commits a put issued a moment earlier (about 1 close in 140 lost the last keystroke),
 * while Chromium flushes localStorage when it shuts down. A SIGKILL is the other way round: the
 * browser batches localStorage commits, and the IndexedDB put is what survives. Together they
 * cover both ends.
 */
export class NoteJournalDb extends Dexie {
  entries!: EntityTable<NoteJournalEntry, 'draftId'>;
  readonly mirror: JournalMirror | null;

  constructor(name = NOTE_JOURNAL_DB_NAME, mirror: JournalMirror | null = defaultMirror()) {
    // Relaxed: the journal guards against the browser dying, and a write the browser handed to
    // the OS survives that; one more fsync per keystroke would delay the notes' own strict write.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({ entries: 'draftId, [workspaceDb+interviewId]' });
    this.mirror = mirror;
  }

  mirrorKey(draftId: string): string {
    return `${this.name}:${draftId}`;
  }
}

function defaultMirror(): JournalMirror | null {
  // Reading the property throws where storage is disabled by policy; the IndexedDB half remains.
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let seq = 0;

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
export function journalNow(journal: NoteJournalDb, written: NoteJournalEntry): void {
  seq += 1;
  const entry = { ...written, seq };
  // Called inside the keystroke's event handler: it must never throw into it.
  try {
    journal.mirror?.setItem(journal.mirrorKey(entry.draftId), JSON.stringify(entry));
  } catch (error) {
    // Storage full or disabled: the IndexedDB half and the regular write still carry the text.
    console.warn('The notes journal mirror did not take this keystroke.', error);
  }
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
  const stored = await journal.entries.where({ workspaceDb, interviewId }).toArray();
  const newest = new Map(stored.map((entry) => [entry.draftId, entry]));
  for (const entry of mirrored(journal)) {
    if (entry.workspaceDb !== workspaceDb || entry.interviewId !== interviewId) continue;
    const other = newest.get(entry.draftId);
    if (!other || (other.seq ?? 0) <= (entry.seq ?? 0)) newest.set(entry.draftId, entry);
  }
  return [...newest.values()];
}

function isEntry(value: unknown): value is NoteJournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    ['text', 'draftId', 'now', 'workspaceDb', 'interviewId'].every(
      (field) => typeof entry[field] === 'string',
    ) &&
    Array.isArray(entry.expected) &&
    entry.expected.every((text) => typeof text === 'string')
  );
}

function parseMirrored(raw: string | null): NoteJournalEntry | null {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isEntry(parsed) ? parsed : null;
  } catch {
    // Unparsable is the same as not ours: the caller reports and drops it.
    return null;
  }
}

function mirrored(journal: NoteJournalDb): NoteJournalEntry[] {
  const { mirror } = journal;
  if (!mirror) return [];
  const prefix = journal.mirrorKey('');
  const keys = Array.from({ length: mirror.length }, (_, i) => mirror.key(i)).filter(
    (key): key is string => key?.startsWith(prefix) ?? false,
  );
  const entries: NoteJournalEntry[] = [];
  for (const key of keys) {
    const parsed = parseMirrored(mirror.getItem(key));
    if (parsed) entries.push(parsed);
    else {
      // Not something this code wrote (or cut short by a full disk): it holds no replayable text.
      console.warn(`A notes journal mirror entry was unreadable and is dropped: ${key}`);
      mirror.removeItem(key);
    }
  }
  return entries;
}

/** Drops an editor's entry; with `landed`, only while it still holds that text, not a newer one. */
export async function dropJournalEntry(
  journal: NoteJournalDb,
  draftId: string,
  landed?: string,
): Promise<void> {
  dropMirrored(journal, draftId, landed);
  await journal.entries
    .where('draftId')
    .equals(draftId)
    .filter((entry) => landed === undefined || entry.text === landed)
    .delete();
}

function dropMirrored(journal: NoteJournalDb, draftId: string, landed?: string): void {
  const { mirror } = journal;
  if (!mirror) return;
  const key = journal.mirrorKey(draftId);
  if (landed !== undefined) {
    const raw = mirror.getItem(key);
    if (raw === null || parseMirrored(raw)?.text !== landed) return;
  }
  mirror.removeItem(key);
}
