import { useCallback, useEffect, useRef, useState } from 'react';
import { NotesConflictError, saveNotesNow, updateNotes } from '../../db/interviewsRepo';
import type { WorkspaceDb } from '../../db/schema';
import { nowIso } from '../../db/workspaceRegistry';
import type { Interview } from '../../domain/schemas/interview';
import { useAutosave, type Autosave } from './useAutosave';

export interface NotesDraft extends Omit<Autosave<string>, 'schedule'> {
  notes: string;
  setNotes(notes: string): void;
  /** The other tab's version when both tabs edited the same notes; null when in step. */
  conflict: string | null;
  keepMine(): void;
  takeTheirs(): void;
  keepBoth(): void;
}

export const OTHER_TAB_SEPARATOR = '\n\n--- Version from another tab ---\n';

/**
 * The notes as typed, which lead the database by up to one debounce. The editor owns this copy:
 * a live query echoing an older save back must never overwrite what is being typed.
 *
 * `base` is the stored text this copy was last in step with. A stored value that is neither the
 * base nor something we wrote came from another tab: taken over silently when there are no
 * local edits, otherwise surfaced as a conflict; saves are compare-and-set against the base, so
 * neither tab's text is ever lost silently.
 */
export function useNotesDraft(db: WorkspaceDb, interview: Interview): NotesDraft {
  const interviewId = interview.id;
  const [notes, setNotesState] = useState(interview.notes);
  const [conflict, setConflict] = useState<string | null>(null);
  const latest = useRef(interview);
  const base = useRef(interview.notes);
  const local = useRef(interview.notes);
  const written = useRef(new Set<string>());

  const save = useCallback(
    async (text: string) => {
      written.current.add(text);
      try {
        await updateNotes(db, interviewId, text, nowIso(), base.current);
        base.current = text;
      } catch (error) {
        written.current.delete(text);
        if (error instanceof NotesConflictError) setConflict(error.theirs);
        throw error;
      }
    },
    [db, interviewId],
  );
  const saveNow = useCallback(
    (text: string) => saveNotesNow(db, latest.current, text, nowIso()),
    [db],
  );
  const { schedule, ...autosave } = useAutosave(save, { saveNow });

  useEffect(() => {
    latest.current = interview;
    const stored = interview.notes;
    if (stored === base.current || written.current.has(stored)) return;
    if (local.current === base.current) {
      base.current = stored;
      local.current = stored;
      setNotesState(stored);
    } else {
      setConflict(stored);
    }
  }, [interview]);

  const setNotes = useCallback(
    (text: string) => {
      local.current = text;
      setNotesState(text);
      schedule(text);
    },
    [schedule],
  );

  const resolve = useCallback(
    (text: string, theirs: string) => {
      base.current = theirs;
      setConflict(null);
      setNotes(text);
    },
    [setNotes],
  );

  return {
    notes,
    setNotes,
    conflict,
    keepMine: () => conflict !== null && resolve(local.current, conflict),
    takeTheirs: () => conflict !== null && resolve(conflict, conflict),
    keepBoth: () =>
      conflict !== null && resolve(`${local.current}${OTHER_TAB_SEPARATOR}${conflict}`, conflict),
    ...autosave,
  };
}
