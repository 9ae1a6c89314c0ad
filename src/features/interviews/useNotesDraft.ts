import { useCallback, useEffect, useRef, useState } from 'react';
import { saveNotesNow, updateNotes } from '../../db/interviewsRepo';
import type { WorkspaceDb } from '../../db/schema';
import { nowIso } from '../../db/workspaceRegistry';
import type { Interview } from '../../domain/schemas/interview';
import { useAutosave, type Autosave } from './useAutosave';

export interface NotesDraft extends Omit<Autosave<string>, 'schedule'> {
  notes: string;
  setNotes(notes: string): void;
}

/**
 * The notes as typed, which lead the database by up to one debounce. The editor owns this copy:
 * a live query echoing an older save back must never overwrite what is being typed.
 * `interview` is the latest stored record; only its notes are taken, once, on mount.
 */
export function useNotesDraft(db: WorkspaceDb, interview: Interview): NotesDraft {
  const interviewId = interview.id;
  const [notes, setNotesState] = useState(interview.notes);
  const latest = useRef(interview);
  useEffect(() => {
    latest.current = interview;
  }, [interview]);
  const save = useCallback(
    (text: string) => updateNotes(db, interviewId, text, nowIso()),
    [db, interviewId],
  );
  const saveNow = useCallback(
    (text: string) => saveNotesNow(db, latest.current, text, nowIso()),
    [db],
  );
  const { schedule, ...autosave } = useAutosave(save, { saveNow });
  const setNotes = useCallback(
    (text: string) => {
      setNotesState(text);
      schedule(text);
    },
    [schedule],
  );
  return { notes, setNotes, ...autosave };
}
