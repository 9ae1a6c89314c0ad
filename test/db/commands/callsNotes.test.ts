import { afterEach, describe, expect, it } from 'vitest';
import {
  journalNow,
  replayNoteJournalCommand,
  resolveNotesCopyCommand,
  writeNotesCommand,
  writeNotesNowCommand,
} from '../../../src/commands/noteCommands';
import { NoteJournalDb } from '../../../src/db/noteJournalDb';
import { interviewRecord } from '../../fixtures/records';
import { freshDb } from '../freshDb';
import { COMMAND_AT, EDITED_AT, fixedContext, logging, stored, undoOf } from './callsContext';

async function seeded() {
  const db = freshDb();
  await db.interviews.add(interviewRecord({ id: 'int-1', accountId: 'acc-1', notes: 'By A.' }));
  return { db, ctx: fixedContext(db) };
}

const write = (text: string, expected: string[], draftId = 'B') => ({
  interviewId: 'int-1',
  write: { text, expected, draftId, now: COMMAND_AT },
});

describe('writeNotesCommand', () => {
  it('lands on notes still in step, one logged write', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      writeNotesCommand(ctx, write('By A. More.', ['By A.'])),
    );
    expect(outcome).toEqual({ result: 'saved', message: 'Notes saved.' });
    expect(outcome.undo).toBeUndefined();
    expect(await db.interviews.get('int-1')).toMatchObject({
      notes: 'By A. More.',
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual(['interviews int-1 put local']);
  });

  it('keeps text written against notes that moved on as a copy', async () => {
    const { db, ctx } = await seeded();
    const outcome = await writeNotesCommand(ctx, write('By B.', ['']));
    expect(outcome.result).toBe('kept-as-copy');
    const interview = await stored(db.interviews.get('int-1'));
    expect(interview.notes).toBe('By A.');
    expect(interview.notesCopies?.map((c) => c.text)).toEqual(['By B.']);
  });
});

describe('writeNotesNowCommand', () => {
  it('issues the raw write at once and logs it as a local write', async () => {
    const { db, ctx } = await seeded();
    await db.open();
    const { value: outcome, written } = await logging(db, () =>
      writeNotesNowCommand(ctx, write('By A. Last words.', ['By A.'])),
    );
    expect(outcome.result).toBe('saved');
    expect((await db.interviews.get('int-1'))?.notes).toBe('By A. Last words.');
    expect(written).toEqual(['interviews int-1 put local']);
  });
});

describe('resolveNotesCopyCommand', () => {
  it('uses the copy; Undo sets the previous notes beside them again, logged as an undo', async () => {
    const { db, ctx } = await seeded();
    await writeNotesCommand(ctx, write('By B.', ['']));
    const { value: outcome, written } = await logging(db, () =>
      resolveNotesCopyCommand(ctx, { interviewId: 'int-1', copyId: 'B', choice: 'use-copy' }),
    );
    expect(outcome.result).toBe('By B.');
    expect(outcome.message).toBe(
      'The notes now hold the kept version; the previous notes were set aside.',
    );
    expect(written).toEqual(['interviews int-1 put local']);

    const undone = await logging(db, () => undoOf(outcome)());
    expect(undone.value).toEqual({
      message: 'The set-aside text is back as a kept copy.',
      kept: 0,
    });
    expect(undone.written).toEqual(['interviews int-1 put undo']);
    const interview = await stored(db.interviews.get('int-1'));
    expect(interview.notes).toBe('By B.');
    expect(interview.notesCopies?.map((c) => c.text)).toEqual(['By A.']);
  });

  it('Undo leaves notes typed since as typed', async () => {
    const { db, ctx } = await seeded();
    await writeNotesCommand(ctx, write('By B.', ['']));
    const outcome = await resolveNotesCopyCommand(ctx, {
      interviewId: 'int-1',
      copyId: 'B',
      choice: 'use-copy',
    });
    await db.interviews.update('int-1', { notes: 'By B. Typed later.', updatedAt: EDITED_AT });
    await undoOf(outcome)();
    const interview = await stored(db.interviews.get('int-1'));
    expect(interview.notes).toBe('By B. Typed later.');
    expect(interview.notesCopies?.map((c) => c.text)).toEqual(['By A.']);
  });

  it('offers no Undo when nothing was set aside', async () => {
    const { ctx } = await seeded();
    await writeNotesCommand(ctx, write('By B.', ['']));
    const outcome = await resolveNotesCopyCommand(ctx, {
      interviewId: 'int-1',
      copyId: 'B',
      choice: 'merge',
    });
    expect(outcome.undo).toBeUndefined();
  });
});

describe('replayNoteJournalCommand', () => {
  const journals: NoteJournalDb[] = [];
  afterEach(async () => {
    await Promise.all(journals.splice(0).map((j) => j.delete()));
  });

  it('puts text another editor journaled before a crash into the notes, and drops it', async () => {
    const { db, ctx } = await seeded();
    const journal = new NoteJournalDb(`tourbook-journal-test-${crypto.randomUUID()}`, null);
    journals.push(journal);
    await journal.open();
    journalNow(journal, {
      workspaceDb: db.name,
      ...write('By A. Before the crash.', ['By A.'], 'dead').write,
      interviewId: 'int-1',
    });
    const { written } = await logging(db, () =>
      replayNoteJournalCommand(ctx, { journal, interviewId: 'int-1', exceptDraftId: 'alive' }),
    );
    expect((await db.interviews.get('int-1'))?.notes).toBe('By A. Before the crash.');
    expect(written).toEqual(['interviews int-1 put local']);
    expect(await journal.entries.count()).toBe(0);
  });
});
