import { useCallback, useEffect, useRef, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import {
  dropJournalEntry,
  journalNow,
  noteJournal,
  replayNoteJournalCommand,
  resolveNotesCopyCommand,
  writeNotesCommand,
  writeNotesNowCommand,
} from '../../commands/noteCommands';
import { copiesOf, type NotesCopyChoice, type NotesWrite } from '../../domain/notesWrite';
import type { Interview } from '../../domain/schemas/interview';
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
export function useNotesDraft(interview: Interview): NotesDraft {
  const interviewId = interview.id;
  const ctx = useCommandContext();
  const run = useCommand();
  const [draftId] = useState(ctx.newId);
  const [journal] = useState(noteJournal);
  const [notes, setNotesState] = useState(interview.notes);
  const [keptAsCopy, setKeptAsCopy] = useState(false);
  const base = useRef(interview.notes);
  const local = useRef(interview.notes);
  const written = useRef<string[]>([]);
  // Stored texts this editor has saved over. A live query started before a save can deliver
  // after it; adopting its older text would wipe what was just typed (a call's first stamp).
  const superseded = useRef<string[]>([]);
  const copySeen = useRef(false);
  const onCopy = useRef(false);

  const request = useCallback(
    (text: string): NotesWrite => ({
      text,
      expected: [base.current, ...written.current],
      draftId,
      now: ctx.now(),
    }),
    [draftId, ctx],
  );
  const remember = (text: string) => {
    written.current = [...written.current.slice(1 - ECHOES_KEPT), text];
  };

  const save = useCallback(
    async (text: string) => {
      remember(text);
      // Awaited, not run through useCommand: the save status beside the editor reports it.
      const { result: outcome } = await writeNotesCommand(ctx, {
        interviewId,
        write: request(text),
      });
      if (outcome === 'saved') {
        if (base.current !== text) {
          superseded.current = [...superseded.current.slice(1 - ECHOES_KEPT), base.current];
        }
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
    [ctx, interviewId, request, journal, draftId],
  );
  const saveNow = useCallback(
    (text: string) => {
      remember(text);
      return writeNotesNowCommand(ctx, { interviewId, write: request(text) });
    },
    [ctx, interviewId, request],
  );
  const { schedule, ...autosave } = useAutosave(save, { saveNow });

  // Text another editor typed here just before its browser crashed or closed.
  useEffect(() => {
    void run(replayNoteJournalCommand(ctx, { journal, interviewId, exceptDraftId: draftId }), {
      failed: 'Text typed before the last close could not be put back',
      quiet: true,
    });
  }, [ctx, run, journal, interviewId, draftId]);

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
    if (
      stored === base.current ||
      written.current.includes(stored) ||
      superseded.current.includes(stored)
    ) {
      return;
    }
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
      journalNow(journal, { workspaceDb: ctx.db.name, interviewId, ...request(text) });
      setNotesState(text);
      schedule(text);
    },
    [schedule, journal, ctx, interviewId, request],
  );

  const { flush } = autosave;
  const resolve = useCallback(
    async (copyId: string, choice: NotesCopyChoice) => {
      await flush();
      const notes = await run(resolveNotesCopyCommand(ctx, { interviewId, copyId, choice }), {
        failed: 'The kept version was not resolved',
      });
      if (notes === undefined) return;
      if (copyId === draftId) {
        copySeen.current = false;
        onCopy.current = false;
        setKeptAsCopy(false);
      }
      base.current = notes;
      // An editor still on its own copy keeps showing it; the notes moved under it.
      if (onCopy.current) return;
      local.current = notes;
      setNotesState(notes);
    },
    [ctx, run, interviewId, draftId, flush],
  );

  return { notes, setNotes, draftId, keptAsCopy, resolve, ...autosave };
}
