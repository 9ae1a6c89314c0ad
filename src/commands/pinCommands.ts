import { setGuidePins } from '../db/guidePinsRepo';
import { guidePinIds, pinAt } from '../domain/guidePins';
import type { Guide } from '../domain/schemas/guide';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import { markedWrite, putBackUnlessEdited, undoReport } from './recordUndo';

export interface SetGuidePinsInput {
  guideId: string;
  /** In key order: the first is Alt+1. */
  codeIds: readonly string[];
}

interface PinsWrite {
  /** The guide as it was, for the Undo. */
  before: Guide;
  pins: readonly string[];
  /** Where the change log stood after the write. */
  seq: number;
}

async function writePins(
  ctx: CommandContext,
  guideId: string,
  pinsOf: (guide: Guide, pinned: readonly string[]) => readonly string[],
): Promise<PinsWrite> {
  const { db } = ctx;
  const { result, seq } = await markedWrite(db, [db.guides, db.codes], async () => {
    const before = await db.guides.get(guideId);
    if (!before) throw new Error('This guide no longer exists.');
    // A code deleted since it was pinned holds no key (callPins skips it), so it is not counted.
    const stored = guidePinIds(before);
    const exists = await db.codes.bulkGet([...stored]);
    const pins = pinsOf(
      before,
      stored.filter((_, i) => exists[i] !== undefined),
    );
    await setGuidePins(db, guideId, pins, ctx.now());
    return { before, pins };
  });
  return { ...result, seq };
}

/** Its Undo puts the guide's pins back as they were, unless the guide was edited since. */
function undoPins(ctx: CommandContext, before: Guide, seq: number) {
  const { db } = ctx;
  return async () =>
    undoReport(
      await putBackUnlessEdited(db, db.guides, before, seq),
      `The pins of “${before.name}” are back as they were.`,
      'guide',
    );
}

/** Saves a guide's whole pin list: the call screen's Pins… dialog. */
export async function setGuidePinsCommand(
  ctx: CommandContext,
  { guideId, codeIds }: SetGuidePinsInput,
): Promise<CommandOutcome<null>> {
  const { before, seq } = await writePins(ctx, guideId, () => codeIds);
  return {
    result: null,
    message: `Saved the pins of “${before.name}”`,
    undo: undoPins(ctx, before, seq),
  };
}

export interface PinCodeToGuideInput {
  guideId: string;
  codeId: string;
  /** 0 is Alt+1; the pins from there on move one key down. */
  slot: number;
}

/**
 * Pins one code to one key of a guide: the Codebook's "Pin to guide…". A tenth pin is refused
 * with the reason, and nothing is written.
 */
export async function pinCodeToGuideCommand(
  ctx: CommandContext,
  { guideId, codeId, slot }: PinCodeToGuideInput,
): Promise<CommandOutcome<null>> {
  const { before, pins, seq } = await writePins(ctx, guideId, (_, current) => {
    const pinned = pinAt(current, codeId, slot);
    if (!pinned.ok) throw new Error(pinned.reason);
    return pinned.pins;
  });
  const code = await ctx.db.codes.get(codeId);
  return {
    result: null,
    message: `Pinned “${code?.name ?? 'the code'}” to Alt+${pins.indexOf(codeId) + 1} in “${before.name}”`,
    undo: undoPins(ctx, before, seq),
  };
}
