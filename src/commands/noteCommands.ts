/**
 * The notes' writes as commands. Typing is the one continuous write, proven durable by its own
 * tests, so these delegate to notesRepo unchanged: no extra transaction, no Undo toast (the
 * editor has its own undo), and the page-closing write is still issued before returning.
 */
import { replayNoteJournal, resolveNotesCopyIn, writeNotes, writeNotesNow } from '../db/notesRepo';
import type { NoteJournalDb } from '../db/noteJournalDb';
import type { NotesCopyChoice, NotesWrite, NotesWriteOutcome } from '../domain/notesWrite';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';

/**
 * The device-local keystroke journal (see noteJournalDb): not workspace data, and written on the
 * raw store inside the keystroke's handler, so it is passed through as it is.
 */
export { dropJournalEntry, journalNow, noteJournal } from '../db/noteJournalDb';

export interface NotesWriteInput {
  interviewId: string;
  /** The text and what the editor is in step with; its `now` comes from the context. */
  write: NotesWrite;
}

const WRITTEN: Record<NotesWriteOutcome, string> = {
  saved: 'Notes saved.',
  'kept-as-copy': 'The notes changed elsewhere, so this text was kept as a copy beside them.',
};

const written = (result: NotesWriteOutcome): CommandOutcome<NotesWriteOutcome> => ({
  result,
  message: WRITTEN[result],
});

/** Writes the notes, or this editor's kept copy when they changed elsewhere (compare-and-set). */
export async function writeNotesCommand(
  ctx: CommandContext,
  { interviewId, write }: NotesWriteInput,
): Promise<CommandOutcome<NotesWriteOutcome>> {
  return written(await writeNotes(ctx.db, interviewId, write));
}

/**
 * The write for a page going away. Not async on purpose: writeNotesNow must issue its raw
 * transaction before the pagehide handler returns, so nothing may be awaited before it.
 */
export function writeNotesNowCommand(
  ctx: CommandContext,
  { interviewId, write }: NotesWriteInput,
): Promise<CommandOutcome<NotesWriteOutcome>> {
  return writeNotesNow(ctx.db, interviewId, write).then(written);
}

export interface ResolveCopyInput {
  interviewId: string;
  copyId: string;
  choice: NotesCopyChoice;
}

const RESOLVED: Record<NotesCopyChoice, string> = {
  'keep-notes': 'Kept the notes; the other version was set aside.',
  'use-copy': 'The notes now hold the kept version; the previous notes were set aside.',
  merge: 'Both versions are now in the notes, one after the other.',
};

/**
 * Applies the user's choice for a kept copy; resolves to the notes it left. Its Undo brings the
 * text it set aside back as a kept copy, beside whatever the notes hold by then: it never
 * overwrites a later edit, so it keeps none.
 */
export async function resolveNotesCopyCommand(
  ctx: CommandContext,
  { interviewId, copyId, choice }: ResolveCopyInput,
): Promise<CommandOutcome<string>> {
  const resolved = await resolveNotesCopyIn(ctx.db, interviewId, copyId, choice, ctx.now);
  const { undo } = resolved;
  return {
    result: resolved.notes,
    message: RESOLVED[choice],
    undo: undo
      ? async () => {
          await undo();
          return { message: 'The set-aside text is back as a kept copy.', kept: 0 };
        }
      : undefined,
  };
}

export interface ReplayInput {
  journal: NoteJournalDb;
  interviewId: string;
  /** This editor's own entries are its to drop, not to replay. */
  exceptDraftId: string;
}

/** Puts back text other editors journaled here just before a crash or close (compare-and-set). */
export async function replayNoteJournalCommand(
  ctx: CommandContext,
  { journal, interviewId, exceptDraftId }: ReplayInput,
): Promise<CommandOutcome<null>> {
  await replayNoteJournal(ctx.db, journal, interviewId, exceptDraftId);
  return { result: null, message: 'Text typed before the last close was put back.' };
}
