import { describe, expect, it } from 'vitest';
import { pinCodeToGuideCommand, setGuidePinsCommand } from '../../../src/commands/pinCommands';
import { CODE_IDS, defaultCodebook } from '../../../src/domain/defaultCodebook';
import { DEFAULT_PINS } from '../../../src/domain/guidePins';
import type { Guide } from '../../../src/domain/schemas/guide';
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

/** A churn guide from before guides had pins: it reads as the churner defaults. */
const oldChurn: Guide = {
  id: 'g-1',
  createdAt: RECORD_AT,
  updatedAt: RECORD_AT,
  name: 'Churn guide',
  cohort: 'churner',
  questionIds: [],
};

async function seeded(guide: Guide = oldChurn) {
  const db = freshDb();
  await db.codes.bulkAdd(defaultCodebook(RECORD_AT));
  await db.guides.add(guide);
  return { db, ctx: fixedContext(db) };
}

const C = CODE_IDS;

describe('setGuidePinsCommand', () => {
  it('stores the pins in order; Undo puts the guide back as it was', async () => {
    const { db, ctx } = await seeded();
    const codeIds = [C.failureNoSso, C.painManualReporting];
    const { value: outcome, written } = await logging(db, () =>
      setGuidePinsCommand(ctx, { guideId: 'g-1', codeIds }),
    );
    expect(outcome.message).toBe('Saved the pins of “Churn guide”');
    expect(await db.guides.get('g-1')).toMatchObject({
      pinnedCodeIds: codeIds,
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual(['guides g-1 put local']);

    const undone = await logging(db, () => undoOf(outcome)());
    expect(undone.value).toEqual({
      message: 'The pins of “Churn guide” are back as they were.',
      kept: 0,
    });
    expect(undone.written).toEqual(['guides g-1 put undo']);
    expect(await db.guides.get('g-1')).toEqual(oldChurn);
  });

  it('Undo keeps an edit made since and says so', async () => {
    const { db, ctx } = await seeded();
    const outcome = await setGuidePinsCommand(ctx, { guideId: 'g-1', codeIds: [] });
    await db.guides.update('g-1', { name: 'Renamed', updatedAt: EDITED_AT });
    expect(await undoOf(outcome)()).toEqual({
      message: 'The guide was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect((await stored(db.guides.get('g-1'))).pinnedCodeIds).toEqual([]);
  });

  it('refuses ten pins, a code pinned twice, a deleted code or guide, writing nothing', async () => {
    const { db, ctx } = await seeded();
    const ten = defaultCodebook(RECORD_AT)
      .slice(0, 10)
      .map((c) => c.id);
    const written = await loggedBy(db, async () => {
      await expect(setGuidePinsCommand(ctx, { guideId: 'g-1', codeIds: ten })).rejects.toThrow(
        'A guide pins at most 9 codes, one for each of Alt+1…9.',
      );
      await expect(
        setGuidePinsCommand(ctx, { guideId: 'g-1', codeIds: [C.failureNoSso, C.failureNoSso] }),
      ).rejects.toThrow('A code is pinned only once per guide.');
      await expect(
        setGuidePinsCommand(ctx, { guideId: 'g-1', codeIds: ['code-gone'] }),
      ).rejects.toThrow('A code to pin is no longer in the codebook.');
      await expect(setGuidePinsCommand(ctx, { guideId: 'g-gone', codeIds: [] })).rejects.toThrow(
        'This guide no longer exists.',
      );
    });
    expect(written).toEqual([]);
    expect(await db.guides.get('g-1')).toEqual(oldChurn);
  });
});

describe('pinCodeToGuideCommand', () => {
  it('pins a code at a key of a guide from before pins, after its cohort defaults; Undo unpins', async () => {
    const { db, ctx } = await seeded();
    const { value: outcome, written } = await logging(db, () =>
      pinCodeToGuideCommand(ctx, { guideId: 'g-1', codeId: C.competitorDoNothing, slot: 6 }),
    );
    expect(outcome.message).toBe('Pinned “Do nothing” to Alt+7 in “Churn guide”');
    expect((await stored(db.guides.get('g-1'))).pinnedCodeIds).toEqual([
      ...DEFAULT_PINS.churner,
      C.competitorDoNothing,
    ]);
    expect(written).toEqual(['guides g-1 put local']);
    expect(await loggedBy(db, () => undoOf(outcome)())).toEqual(['guides g-1 put undo']);
    expect(await db.guides.get('g-1')).toEqual(oldChurn);
  });

  it('moves a pinned code to the key asked for', async () => {
    const { db, ctx } = await seeded({
      ...oldChurn,
      pinnedCodeIds: [C.painManualReporting, C.failureNoSso],
    });
    await pinCodeToGuideCommand(ctx, { guideId: 'g-1', codeId: C.failureNoSso, slot: 0 });
    expect((await stored(db.guides.get('g-1'))).pinnedCodeIds).toEqual([
      C.failureNoSso,
      C.painManualReporting,
    ]);
  });

  it('refuses a tenth pin with the reason, writing nothing', async () => {
    const nine = defaultCodebook(RECORD_AT)
      .slice(0, 9)
      .map((c) => c.id);
    const { db, ctx } = await seeded({ ...oldChurn, pinnedCodeIds: nine });
    const written = await loggedBy(db, () =>
      expect(
        pinCodeToGuideCommand(ctx, { guideId: 'g-1', codeId: C.failureNoSso, slot: 8 }),
      ).rejects.toThrow(
        'This guide already pins 9 codes, one for each of Alt+1…9. Unpin one first.',
      ),
    );
    expect(written).toEqual([]);
    expect((await stored(db.guides.get('g-1'))).pinnedCodeIds).toEqual(nine);
  });

  it('does not count a pinned code deleted since against the nine', async () => {
    const nine = [
      ...defaultCodebook(RECORD_AT)
        .slice(0, 8)
        .map((c) => c.id),
      'code-deleted',
    ];
    const { db, ctx } = await seeded({ ...oldChurn, pinnedCodeIds: nine });
    await pinCodeToGuideCommand(ctx, { guideId: 'g-1', codeId: C.failureNoSso, slot: 8 });
    expect((await stored(db.guides.get('g-1'))).pinnedCodeIds).toEqual([
      ...nine.slice(0, 8),
      C.failureNoSso,
    ]);
  });
});
