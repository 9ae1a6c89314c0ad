import { describe, expect, it } from 'vitest';
import {
  addStarterGuidesCommand,
  createGuideCommand,
  deleteGuideCommand,
  updateGuideCommand,
} from '../../../src/commands/guideCommands';
import type { Guide } from '../../../src/domain/schemas/guide';
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

const churn: Guide = {
  id: 'g-1',
  createdAt: RECORD_AT,
  updatedAt: RECORD_AT,
  name: 'Churn guide',
  cohort: 'churner',
  questionIds: ['q-leave'],
};

const leave: Question = {
  id: 'q-leave',
  createdAt: RECORD_AT,
  updatedAt: RECORD_AT,
  text: 'Why did you leave?',
};

async function seeded() {
  const db = freshDb();
  await db.guides.add(churn);
  await db.questions.add(leave);
  return { db, ctx: fixedContext(db) };
}

describe('createGuideCommand', () => {
  it('writes the guide with the context’s id; Undo removes it unless edited since', async () => {
    const { db, ctx } = await seeded();
    const input = {
      name: 'Expansion',
      cohort: null,
      questions: [
        { id: null, text: 'Who else uses it?' },
        // A new row whose text the bank holds is that bank question, not a copy.
        { id: null, text: 'Why did you leave?' },
      ],
    };
    const { value: outcome, written } = await logging(db, () => createGuideCommand(ctx, input));
    expect(await db.questions.get('new-1')).toMatchObject({ text: 'Who else uses it?' });
    expect(await db.guides.get('new-2')).toMatchObject({
      name: 'Expansion',
      questionIds: ['new-1', 'q-leave'],
      createdAt: COMMAND_AT,
    });
    expect(written).toEqual(['guides new-2 put local', 'questions new-1 put local']);
    expect(await loggedBy(db, () => undoOf(outcome)())).toEqual([
      'guides new-2 delete undo',
      'questions new-1 delete undo',
    ]);
    expect(await db.guides.get('new-2')).toBeUndefined();
    expect(await db.questions.toArray()).toEqual([leave]);
  });

  it('refuses a guide with no name, writing nothing', async () => {
    const { db, ctx } = await seeded();
    const written = await loggedBy(db, () =>
      expect(createGuideCommand(ctx, { name: '', cohort: null, questions: [] })).rejects.toThrow(),
    );
    expect(written).toEqual([]);
  });
});

describe('updateGuideCommand', () => {
  const input = {
    name: 'Churn guide v2',
    cohort: 'churner' as const,
    questions: [
      { id: 'q-leave', text: 'Why did you decide to leave?' },
      { id: null, text: 'What broke?' },
    ],
  };

  it('saves the guide; Undo puts it back as it was', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      updateGuideCommand(ctx, { id: 'g-1', input }),
    );
    expect(outcome.message).toBe('Saved “Churn guide v2”');
    expect(await db.guides.get('g-1')).toMatchObject({
      name: 'Churn guide v2',
      questionIds: ['q-leave', 'new-1'],
      updatedAt: COMMAND_AT,
    });
    // The edited text is the bank question's: every guide asking it reads the new words.
    expect(await db.questions.get('q-leave')).toMatchObject({
      text: 'Why did you decide to leave?',
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual([
      'guides g-1 put local',
      'questions new-1 put local',
      'questions q-leave put local',
    ]);
    expect(await loggedBy(db, () => undoOf(outcome)())).toEqual([
      'guides g-1 put undo',
      'questions new-1 delete undo',
      'questions q-leave put undo',
    ]);
    expect(await db.guides.get('g-1')).toEqual(churn);
    expect(await db.questions.toArray()).toEqual([leave]);
  });

  it('Undo keeps an edit made since and says so', async () => {
    const { db, ctx } = await seeded();
    const outcome = await updateGuideCommand(ctx, { id: 'g-1', input });
    await db.guides.update('g-1', { questionIds: ['new-1'], updatedAt: EDITED_AT });
    expect(await undoOf(outcome)()).toEqual({
      message: 'The guide was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect((await stored(db.guides.get('g-1'))).questionIds).toEqual(['new-1']);
    // The question the kept guide still asks stays; the text edit, not edited since, is undone.
    expect(await db.questions.get('new-1')).toMatchObject({ text: 'What broke?' });
    expect(await db.questions.get('q-leave')).toEqual(leave);
  });
});

describe('deleteGuideCommand', () => {
  it('deletes with the message the toast showed; Undo restores it', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () => deleteGuideCommand(ctx, churn));
    expect(outcome.message).toBe('Deleted “Churn guide”');
    expect(written).toEqual(['guides g-1 delete local']);
    const undone = await logging(db, () => undoOf(outcome)());
    expect(undone.value).toEqual({ message: '“Churn guide” is back.', kept: 0 });
    expect(undone.written).toEqual(['guides g-1 put undo']);
    expect(await db.guides.get('g-1')).toEqual(churn);
  });

  it('Undo keeps a guide with the same id that exists again', async () => {
    const { db, ctx } = await seeded();
    const outcome = await deleteGuideCommand(ctx, churn);
    await db.guides.add({ ...churn, name: 'Recreated' });
    expect((await undoOf(outcome)()).kept).toBe(1);
    expect(await db.guides.get('g-1')).toMatchObject({ name: 'Recreated' });
  });
});

describe('addStarterGuidesCommand', () => {
  it('adds the missing cohorts’ guides; Undo removes those not edited since', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () => addStarterGuidesCommand(ctx));
    expect(outcome.message).toBe('Added 3 starter guides');
    expect(written.filter((row) => row.startsWith('guides '))).toHaveLength(3);
    expect(written.every((row) => row.endsWith(' put local'))).toBe(true);
    // The three guides share their core questions: each is one bank question.
    const starters = (await db.guides.toArray()).filter((g) => g.id !== 'g-1');
    const core = starters.map((g) => g.questionIds[0]);
    expect(new Set(core).size).toBe(1);
    expect(written.filter((row) => row.startsWith('questions '))).toHaveLength(
      (await db.questions.count()) - 1,
    );
    const added = (await db.guides.toArray()).filter((g) => g.id !== 'g-1');
    const [first] = added;
    if (!first) throw new Error('No starter guide was added.');
    await db.guides.update(first.id, { name: 'Ours now', updatedAt: EDITED_AT });

    const undone = await logging(db, () => undoOf(outcome)());
    expect(undone.value).toEqual({
      message:
        'Removed 2 starter guides. 1 starter guide edited since they were added was kept as edited.',
      kept: 1,
    });
    expect(undone.written.filter((row) => row.startsWith('guides '))).toHaveLength(2);
    expect(undone.written.every((row) => row.endsWith(' delete undo'))).toBe(true);
    // Only the questions the kept guide asks stay, beside the bank's own.
    const asked = new Set([...first.questionIds, 'q-leave']);
    expect((await db.questions.toArray()).map((q) => q.id).sort()).toEqual([...asked].sort());
    expect((await db.guides.toArray()).map((g) => g.name).sort()).toEqual([
      'Churn guide',
      'Ours now',
    ]);
  });

  it('offers no Undo when every cohort has a guide', async () => {
    const { ctx } = await seeded();
    await addStarterGuidesCommand(ctx);
    const again = await addStarterGuidesCommand(ctx);
    expect(again).toMatchObject({ result: 0, message: 'Added 0 starter guides' });
    expect(again.undo).toBeUndefined();
  });
});
