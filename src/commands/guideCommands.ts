import { keysEditedAfter } from '../db/changeQueries';
import { withSource } from '../db/changeLog';
import {
  addStarterGuides,
  createGuide,
  deleteGuide,
  restoreGuide,
  updateGuide,
  type GuideInput,
} from '../db/guidesRepo';
import type { Guide } from '../domain/schemas/guide';
import type { CommandContext } from './context';
import { counted } from './counted';
import { keptSentence, type CommandOutcome } from './outcome';
import {
  restoreReport,
  restoreUnlessBack,
  putBackUnlessEdited,
  undoReport,
  undoSave,
  markedWrite,
} from './recordUndo';

/** Writes a new guide. Its Undo removes it again, unless it was edited since. */
export async function createGuideCommand(
  ctx: CommandContext,
  input: GuideInput,
): Promise<CommandOutcome<Guide>> {
  const { db } = ctx;
  const { result: guide, seq } = await markedWrite(db, [db.guides], () =>
    createGuide(db, input, ctx.now(), ctx.newId()),
  );
  return {
    result: guide,
    message: `Added “${guide.name}”`,
    undo: async () => {
      const kept = await undoSave(db, db.guides, guide, undefined, seq);
      return undoReport(kept, `Removed “${guide.name}”.`, 'guide');
    },
  };
}

export interface UpdateGuideInput {
  id: string;
  input: GuideInput;
}

/** Saves the guide editor. Its Undo puts the guide back as it was, unless edited since. */
export async function updateGuideCommand(
  ctx: CommandContext,
  { id, input }: UpdateGuideInput,
): Promise<CommandOutcome<null>> {
  const { db } = ctx;
  const { result: before, seq } = await markedWrite(db, [db.guides], async () => {
    const stored = await db.guides.get(id);
    await updateGuide(db, id, input, ctx.now());
    return stored;
  });
  return {
    result: null,
    message: `Saved “${input.name}”`,
    undo: async () => {
      const kept = before ? await putBackUnlessEdited(db, db.guides, before, seq) : false;
      return undoReport(kept, `“${before?.name ?? input.name}” is back to how it was.`, 'guide');
    },
  };
}

/**
 * Deletes a guide; interviews keep its id. Its Undo puts it back with the same id, so they pick
 * it up again, unless a guide with that id exists again.
 */
export async function deleteGuideCommand(
  ctx: CommandContext,
  guide: Pick<Guide, 'id' | 'name'>,
): Promise<CommandOutcome<Guide | null>> {
  const { db } = ctx;
  const removed = await deleteGuide(db, guide.id);
  if (!removed) return { result: null, message: `“${guide.name}” was already deleted.` };
  return {
    result: removed,
    message: `Deleted “${removed.name}”`,
    undo: async () => {
      const kept = await restoreUnlessBack(db, db.guides, removed.id, () =>
        restoreGuide(db, removed),
      );
      return restoreReport(kept, `“${removed.name}” is back.`, 'guide');
    },
  };
}

/**
 * Adds the question bank's guide for each cohort that has none. Its Undo removes those it added,
 * except guides edited since.
 */
export async function addStarterGuidesCommand(
  ctx: CommandContext,
): Promise<CommandOutcome<number>> {
  const { db } = ctx;
  const { result: added, seq } = await markedWrite(db, [db.guides], async () => {
    const before = new Set(await db.guides.toCollection().primaryKeys());
    await addStarterGuides(db, ctx.now());
    return (await db.guides.toCollection().primaryKeys()).filter((id) => !before.has(id));
  });
  const message = `Added ${counted(added.length, 'starter guide')}`;
  if (added.length === 0) return { result: 0, message };
  return {
    result: added.length,
    message,
    undo: async () => {
      const kept = await withSource(db, 'undo', [db.guides, db.changes], async () => {
        const edited = await keysEditedAfter(db, 'guides', added, seq);
        await db.guides.bulkDelete(added.filter((id) => !edited.has(id)));
        return edited.size;
      });
      const removed = `Removed ${counted(added.length - kept, 'starter guide')}.`;
      const keptText = keptSentence(kept, ['starter guide', 'starter guides'], 'they were added');
      return { message: [removed, keptText].filter(Boolean).join(' '), kept };
    },
  };
}
