import { describe, expect, it } from 'vitest';
import {
  tickQuestionCommand,
  untickQuestionCommand,
} from '../../../src/commands/askedQuestionCommands';
import {
  createQuestionCommand,
  deleteQuestionCommand,
  updateQuestionCommand,
} from '../../../src/commands/questionCommands';
import { createAnchor } from '../../../src/domain/anchoring';
import type { Interview } from '../../../src/domain/schemas/interview';
import type { Question } from '../../../src/domain/schemas/question';
import { RECORD_AT } from '../../fixtures/records';
import { freshDb } from '../freshDb';
import {
  COMMAND_AT,
  EDITED_AT,
  fixedContext,
  loggedBy,
  logging,
  stored,
  undoOf,
} from './callsContext';

const role: Question = {
  id: 'q-role',
  createdAt: RECORD_AT,
  updatedAt: RECORD_AT,
  text: 'Tell me about your role.',
};

const NOTES = '[00:10] I run ops for a team of six\n[00:40] ';

const interview: Interview = {
  id: 'int-1',
  createdAt: RECORD_AT,
  updatedAt: RECORD_AT,
  accountId: 'acc-1',
  contactIds: [],
  date: '2026-04-01',
  interviewer: 'Sam',
  guideId: 'g-1',
  channel: 'video',
  notes: NOTES,
  startedAt: null,
  transcript: null,
  speakerMap: [],
  status: 'in_progress',
  summary: null,
};

async function seeded() {
  const db = freshDb();
  await db.questions.add(role);
  await db.interviews.add(interview);
  return { db, ctx: fixedContext(db) };
}

describe('createQuestionCommand', () => {
  it('adds a bank question; Undo removes it', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      createQuestionCommand(ctx, { text: '  What almost stopped you?  ' }),
    );
    expect(await db.questions.get('new-1')).toEqual({
      id: 'new-1',
      text: 'What almost stopped you?',
      createdAt: COMMAND_AT,
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual(['questions new-1 put local']);
    expect(await loggedBy(db, () => undoOf(outcome)())).toEqual(['questions new-1 delete undo']);
    expect(await db.questions.get('new-1')).toBeUndefined();
  });

  it('refuses a text the bank holds, writing nothing', async () => {
    const { db, ctx } = await seeded();
    const written = await loggedBy(db, () =>
      expect(createQuestionCommand(ctx, { text: role.text })).rejects.toThrow(
        'The bank already holds this question.',
      ),
    );
    expect(written).toEqual([]);
  });
});

describe('updateQuestionCommand', () => {
  it('changes the text once for every guide; Undo puts it back unless edited since', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      updateQuestionCommand(ctx, { id: 'q-role', text: 'What is your role?' }),
    );
    expect(await db.questions.get('q-role')).toMatchObject({
      text: 'What is your role?',
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual(['questions q-role put local']);
    expect(await loggedBy(db, () => undoOf(outcome)())).toEqual(['questions q-role put undo']);
    expect(await db.questions.get('q-role')).toEqual(role);

    const again = await updateQuestionCommand(ctx, { id: 'q-role', text: 'Your role?' });
    await db.questions.update('q-role', { text: 'Later', updatedAt: EDITED_AT });
    expect((await undoOf(again)()).kept).toBe(1);
    expect((await stored(db.questions.get('q-role'))).text).toBe('Later');
  });

  it('refuses an empty text or a question that is gone', async () => {
    const { ctx } = await seeded();
    await expect(updateQuestionCommand(ctx, { id: 'q-role', text: ' ' })).rejects.toThrow(
      'Question is required.',
    );
    await expect(updateQuestionCommand(ctx, { id: 'gone', text: 'x' })).rejects.toThrow(
      'This question no longer exists.',
    );
  });
});

describe('tickQuestionCommand and untickQuestionCommand', () => {
  const anchor = createAnchor(NOTES, 8, 34, 'notes');

  it('ticks a question linked to its line, writing only the ticks; Undo unticks it', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      tickQuestionCommand(ctx, { interviewId: 'int-1', questionId: 'q-role', anchor }),
    );
    const ticked = await stored(db.interviews.get('int-1'));
    expect(ticked.askedQuestions).toEqual([{ questionId: 'q-role', at: COMMAND_AT, anchor }]);
    expect(ticked.notes).toBe(NOTES);
    expect(written).toEqual(['interviews int-1 put local']);

    // Notes typed since do not stop the Undo: only the tick itself is compared.
    await db.interviews.update('int-1', { notes: `${NOTES}more`, updatedAt: EDITED_AT });
    const undone = await logging(db, () => undoOf(outcome)());
    expect(undone.value).toEqual({ message: 'The tick was taken back.', kept: 0 });
    expect(undone.written).toEqual(['interviews int-1 put undo']);
    const after = await stored(db.interviews.get('int-1'));
    expect(after.askedQuestions).toEqual([]);
    expect(after.notes).toBe(`${NOTES}more`);
  });

  it('unticks; Undo ticks again with the link, unless the question was ticked since', async () => {
    const { db, ctx } = await seeded();
    await tickQuestionCommand(ctx, { interviewId: 'int-1', questionId: 'q-role', anchor });
    const { value: outcome, written } = await logging(db, () =>
      untickQuestionCommand(ctx, { interviewId: 'int-1', questionId: 'q-role' }),
    );
    expect(written).toEqual(['interviews int-1 put local']);
    expect((await stored(db.interviews.get('int-1'))).askedQuestions).toEqual([]);
    expect(await undoOf(outcome)()).toEqual({ message: 'The question is ticked again.', kept: 0 });
    expect((await stored(db.interviews.get('int-1'))).askedQuestions).toEqual([
      { questionId: 'q-role', at: COMMAND_AT, anchor },
    ]);

    const untick = await untickQuestionCommand(ctx, { interviewId: 'int-1', questionId: 'q-role' });
    await tickQuestionCommand(ctx, { interviewId: 'int-1', questionId: 'q-role', anchor: null });
    expect((await undoOf(untick)()).kept).toBe(1);
    expect((await stored(db.interviews.get('int-1'))).askedQuestions).toEqual([
      { questionId: 'q-role', at: COMMAND_AT, anchor: null },
    ]);
  });

  it('refuses an interview that is gone', async () => {
    const { ctx } = await seeded();
    await expect(
      tickQuestionCommand(ctx, { interviewId: 'gone', questionId: 'q-role', anchor: null }),
    ).rejects.toThrow('This interview no longer exists.');
  });
});

describe('deleteQuestionCommand', () => {
  it('deletes a question no guide asks; Undo puts it back with its id', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      deleteQuestionCommand(ctx, { id: 'q-role' }),
    );
    expect(outcome.message).toBe('Question deleted from the bank');
    expect(written).toEqual(['questions q-role delete local']);
    expect(await loggedBy(db, () => undoOf(outcome)())).toEqual(['questions q-role put undo']);
    expect(await db.questions.get('q-role')).toEqual(role);
  });

  it('refuses a question a guide still asks, writing nothing', async () => {
    const { db, ctx } = await seeded();
    await db.guides.add({
      id: 'g-1',
      createdAt: RECORD_AT,
      updatedAt: RECORD_AT,
      name: 'Guide',
      cohort: null,
      questionIds: ['q-role'],
    });
    const written = await loggedBy(db, () =>
      expect(deleteQuestionCommand(ctx, { id: 'q-role' })).rejects.toThrow(
        'A guide still asks this question: remove it there first.',
      ),
    );
    expect(written).toEqual([]);
    expect(await db.questions.get('q-role')).toEqual(role);
  });
});
