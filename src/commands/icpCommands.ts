import { withSource } from '../db/changeLog';
import {
  createTrait,
  deleteTrait,
  putTraitBack,
  updateTrait,
  type TraitDetails,
} from '../db/icpRepo';
import type { Trait } from '../domain/schemas/trait';
import type { CommandContext } from './context';
import { markedWrite, revertUnlessEdited, undoReport } from './recordUndo';
import type { CommandOutcome } from './outcome';

/** A new trait of the current draft. Its Undo deletes it, unless it was edited since. */
export async function createTraitCommand(
  ctx: CommandContext,
  details: TraitDetails,
): Promise<CommandOutcome<Trait>> {
  const { db } = ctx;
  const tables = [db.traits, db.icpVersions];
  const { result: trait, seq } = await markedWrite(db, tables, () =>
    createTrait(db, details, ctx.now(), ctx.newId()),
  );
  return {
    result: trait,
    message: `Trait “${trait.name}” created.`,
    undo: async () => {
      const kept = await revertUnlessEdited(db, tables, 'traits', trait.id, seq, () =>
        deleteTrait(db, trait.id, ctx.now()),
      );
      return undoReport(kept, `Trait “${trait.name}” removed.`, 'trait');
    },
  };
}

export interface UpdateTraitInput {
  id: string;
  details: Partial<TraitDetails>;
}

/** Edits a trait of the current draft. Its Undo puts the trait back as it was, unless edited since. */
export async function updateTraitCommand(
  ctx: CommandContext,
  { id, details }: UpdateTraitInput,
): Promise<CommandOutcome<Trait>> {
  const { db } = ctx;
  const tables = [db.traits, db.icpVersions];
  const { result, seq } = await markedWrite(db, tables, async () => {
    const before = await db.traits.get(id);
    if (!before) throw new Error('This trait no longer exists.');
    return { before, after: await updateTrait(db, id, details, ctx.now()) };
  });
  const { before, after } = result;
  return {
    result: after,
    message: `Trait “${after.name}” updated.`,
    undo: async () => {
      const kept = await revertUnlessEdited(db, tables, 'traits', id, seq, () =>
        putTraitBack(db, before, ctx.now()),
      );
      return undoReport(kept, `Trait “${before.name}” is back as it was.`, 'trait');
    },
  };
}

/** Deletes a trait of the current draft. Its Undo brings it back, unless one with its id is. */
export async function deleteTraitCommand(
  ctx: CommandContext,
  trait: Pick<Trait, 'id' | 'name'>,
): Promise<CommandOutcome<null>> {
  const { db } = ctx;
  const deleted = await deleteTrait(db, trait.id, ctx.now());
  return {
    result: null,
    message: `Deleted “${trait.name}”.`,
    undo: deleted
      ? async () => {
          const tables = [db.traits, db.icpVersions];
          const back = await withSource(db, 'undo', tables, async () => {
            if (await db.traits.get(deleted.id)) return false;
            await putTraitBack(db, deleted, ctx.now());
            return true;
          });
          return back
            ? { message: `“${deleted.name}” is back.`, kept: 0 }
            : { message: `“${deleted.name}” exists again, so it was kept as it is.`, kept: 1 };
        }
      : undefined,
  };
}
