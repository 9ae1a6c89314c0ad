import { useCallback, useEffect, useRef, useState } from 'react';
import { dropJournalEntry, journalNow, noteJournal } from '../../db/noteJournalDb';
import {
  replayNoteJournal,
  resolveNotesCopyIn,
  writeNotes,
  writeNotesNow,
} from '../../db/notesRepo';
import type { WorkspaceDb } from '../../db/schema';
import { newId, nowIso } from '../../db/workspaceRegistry';
import { copiesOf, type NotesCopyChoice, type NotesWrite } from '../../domain/notesWrite';
import type { Interview } from '../../domain/schemas/interview';
import { useToast } from '../../ui/toastContext';
import { useAutosave, type Autosave } from './useAutosave';

export interface NotesDraft extends Omit<Autosave<string>, 'schedule'> {
  notes: string;
  setNotes(notes: string): void;
  /** This editor's id: a kept copy with it is the text typed here. */
  draftId: string;
  /** True while this editor writes to its own kept copy instead of the notes. */
  keptAsCopy: boolean;
  resolve(copyId: string, choice: NotesCopyChoice): Promise<void>;
}

/** Texts this editor wrote lately, to recognise a live query echoing one of them back. */
const ECHOES_KEPT = 64;

/**
 * The notes as typed, which lead the database by at most one write. The editor owns this copy: a
 * live query echoing an older save back must never overwrite what is being typed.
 *
 * Every write is compare-and-set against `base`, the stored text this copy was last in step with
 * (see applyNotesWrite). A write that finds other text there is kept as this editor's copy beside
 * the notes, and the editor goes on writing to that copy until the user resolves it, so neither
 * tab's words are lost, across reloads and crashes too.
 */
export function useNotesDraft(db: WorkspaceDb, interview: Interview): NotesDraft {
  const interviewId = interview.id;
  const toast = useToast();
  const [draftId] = useState(newId);
  const [journal] = useState(noteJournal);
  const [notes, setNotesState] = useState(interview.notes);
  const [keptAsCopy, setKeptAsCopy] = useState(false);
  const base = useRef(interview.notes);
  const local = useRef(interview.notes);
  const written = useRef<string[]>([]);
  const copySeen = useRef(false);
  const onCopy = useRef(false);

  const request = useCallback(
    (text: string): NotesWrite => ({
      text,
      expected: [base.current, ...written.current],
      draftId,
      now: nowIso(),
    }),
    [draftId],
  );
  const remember = (text: string) => {
    written.current = [...written.current.slice(1 - ECHOES_KEPT), text];
  };

  const save = useCallback(
    async (text: string) => {
      remember(text);
      const outcome = await writeNotes(db, interviewId, request(text));
      if (outcome === 'saved') {
        base.current = text;
      } else {
        onCopy.current = true;
        setKeptAsCopy(true);
      }
      // Landed: a journal entry still holding this text would only replay it.
      if (local.current === text) {
        // The notes are saved; a leftover entry only replays text that is already there.
        dropJournalEntry(journal, draftId, text).catch((error: unknown) =>
          console.warn('A notes journal entry was not dropped.', error),
        );
      }
    },
    [db, interviewId, request, journal, draftId],
  );
  const saveNow = useCallback(
    (text: string) => {
      remember(text);
      return writeNotesNow(db, interviewId, request(text));
    },
    [db, interviewId, request],
  );
  const { schedule, ...autosave } = useAutosave(save, { saveNow });

  // Text another editor typed here just before its browser crashed or closed.
  useEffect(() => {
    replayNoteJournal(db, journal, interviewId, draftId).catch((error: unknown) =>
      toast({
        message: `Text typed before the last close could not be put back: ${error instanceof Error ? error.message : String(error)}`,
        tone: 'error',
      }),
    );
  }, [db, journal, interviewId, draftId, toast]);

  useEffect(() => {
    const stored = interview.notes;
    const ownCopy = copiesOf(interview).some((c) => c.id === draftId);
    if (ownCopy) {
      copySeen.current = true;
      return;
    }
    if (copySeen.current) {
      // Resolved elsewhere: the user chose there, so this editor follows the notes again.
      copySeen.current = false;
      onCopy.current = false;
      setKeptAsCopy(false);
      base.current = stored;
      local.current = stored;
      setNotesState(stored);
      return;
    }
    if (stored === base.current || written.current.includes(stored)) return;
    // Edits waiting here are compared with the stored text by their own write.
    if (local.current === base.current) {
      base.current = stored;
      local.current = stored;
      setNotesState(stored);
    }
  }, [interview, draftId]);

  const setNotes = useCallback(
    (text: string) => {
      local.current = text;
      journalNow(journal, { workspaceDb: db.name, interviewId, ...request(text) });
      setNotesState(text);
      schedule(text);
    },
    [schedule, journal, db, interviewId, request],
  );

  const { flush } = autosave;
  const resolve = useCallback(
    async (copyId: string, choice: NotesCopyChoice) => {
      await flush();
      const announceResolved = (undo: (() => Promise<void>) | null) =>
        toast({
          message: RESOLVED_MESSAGES[choice],
          action: undo ? { label: 'Undo', run: undo } : undefined,
        });
      try {
        const resolved = await resolveNotesCopyIn(db, interviewId, copyId, choice, nowIso);
        if (copyId === draftId) {
          copySeen.current = false;
          onCopy.current = false;
          setKeptAsCopy(false);
        }
        base.current = resolved.notes;
        // An editor still on its own copy keeps showing it; the notes moved under it.
        if (onCopy.current) return announceResolved(resolved.undo);
        local.current = resolved.notes;
        setNotesState(resolved.notes);
        announceResolved(resolved.undo);
      } catch (error) {
        toast({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
      }
    },
    [db, interviewId, draftId, flush, toast],
  );

  return { notes, setNotes, draftId, keptAsCopy, resolve, ...autosave };
}

const RESOLVED_MESSAGES: Record<NotesCopyChoice, string> = {
  'keep-notes': 'Kept the notes; the other version was set aside.',
  'use-copy': 'The notes now hold the kept version; the previous notes were set aside.',
  merge: 'Both versions are now in the notes, one after the other.',
};
