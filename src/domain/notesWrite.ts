import type { Interview, NotesCopy } from './schemas/interview';

/**
 * One editor's write of the notes. The editor knows which stored texts it is in step with
 * (`expected`: the text it started from plus its own writes not yet confirmed); the write lands
 * only on one of those. Otherwise its text is kept as a copy beside the notes, so two editors
 * that changed the same notes both keep their words and the user resolves them.
 */
export interface NotesWrite {
  text: string;
  expected: readonly string[];
  /** The editor (one mount in one tab) that writes; names its copy when it has one. */
  draftId: string;
  now: string;
}

export type NotesWriteOutcome = 'saved' | 'kept-as-copy';

export interface NotesWriteResult {
  next: Interview;
  outcome: NotesWriteOutcome;
}

export const copiesOf = (interview: Interview): readonly NotesCopy[] => interview.notesCopies ?? [];

function withCopy(interview: Interview, copy: NotesCopy): Interview {
  const others = copiesOf(interview).filter((c) => c.id !== copy.id);
  return { ...interview, notesCopies: [...others, copy], updatedAt: copy.savedAt };
}

/**
 * Decides where a write goes. An editor whose copy is on the record keeps writing to it: the
 * notes it diverged from may have moved on, and only the user may merge the two.
 */
export function applyNotesWrite(stored: Interview, write: NotesWrite): NotesWriteResult {
  const { text, expected, draftId, now } = write;
  const ownCopy = copiesOf(stored).some((c) => c.id === draftId);
  const inStep = stored.notes === text || expected.includes(stored.notes);
  if (!ownCopy && inStep) {
    return { next: { ...stored, notes: text, updatedAt: now }, outcome: 'saved' };
  }
  return { next: withCopy(stored, { id: draftId, text, savedAt: now }), outcome: 'kept-as-copy' };
}

export type NotesCopyChoice = 'keep-notes' | 'use-copy' | 'merge';

export const MERGE_SEPARATOR = '\n\n--- Kept version ---\n';

export interface NotesCopyResolution {
  next: Interview;
  /** The text the choice set aside, so Undo can put it back as a copy. */
  setAside: string | null;
}

/** Resolves one kept copy. The text not chosen is returned so Undo can keep it again. */
export function resolveNotesCopy(
  stored: Interview,
  copyId: string,
  choice: NotesCopyChoice,
  now: string,
): NotesCopyResolution {
  const copy = copiesOf(stored).find((c) => c.id === copyId);
  if (!copy) throw new NotesCopyGoneError();
  const rest = copiesOf(stored).filter((c) => c.id !== copyId);
  const base = { ...stored, notesCopies: rest, updatedAt: now };
  switch (choice) {
    case 'keep-notes':
      return { next: base, setAside: copy.text };
    case 'use-copy':
      return { next: { ...base, notes: copy.text }, setAside: stored.notes };
    case 'merge':
      return {
        next: { ...base, notes: `${stored.notes}${MERGE_SEPARATOR}${copy.text}` },
        setAside: null,
      };
  }
}

/** Undo of a resolution never overwrites the notes: what was set aside comes back as a copy. */
export function restoreSetAside(
  stored: Interview,
  text: string,
  copyId: string,
  now: string,
): Interview {
  if (stored.notes === text || copiesOf(stored).some((c) => c.text === text)) return stored;
  return withCopy(stored, { id: copyId, text, savedAt: now });
}

export class NotesCopyGoneError extends Error {
  constructor() {
    super('This version was already resolved, in this tab or another one.');
    this.name = 'NotesCopyGoneError';
  }
}
