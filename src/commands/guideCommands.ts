import { keysEditedAfter } from '../db/changeQueries';
import { withSource } from '../db/changeLog';
import {
  addStarterGuides,
  deleteGuide,
  saveGuide,
  type GuideInput,
  type SavedGuide,
} from '../db/guidesRepo';
import type { WorkspaceDb } from '../db/schema';
import type { Guide } from '../domain/schemas/guide';
import type { CommandContext } from './context';
import { counted } from './counted';
import { keptSentence, type CommandOutcome } from './outcome';
import { commandDeleting } from './recordCommands';
import { markedWrite, undoReport } from './recordUndo';

/**
 * The Undo of a guide save: the guide goes back to how it was (or goes, if new), the questions
 * the save added leave the bank and those it edited get their text back; each only when nobody
 * wrote it after `seq`. Resolves to the number of records kept as edited.
 */
function undoGuideSave(db: WorkspaceDb, saved: SavedGuide, seq: number): Promise<number> {
  const { guide, before, addedQuestionIds, editedQuestions } = saved;
  return withSource(db, 'undo', [db.guides, db.questions, db.changes], async () => {
    const questionIds = [...addedQuestionIds, ...editedQuestions.map((q) => q.id)];
    const editedGuide = await keysEditedAfter(db, 'guides', [guide.id], seq);
    const editedQuestion = await keysEditedAfter(db, 'questions', questionIds, seq);
    if (!editedGuide.has(guide.id)) {
      if (before) await db.guides.put(before);
      else await db.guides.delete(guide.id);
    }
    // A guide kept as edited may still ask a question the save added: that one stays.
    const keptGuide = editedGuide.has(guide.id) ? await db.guides.get(guide.id) : undefined;
    const stillAsked = new Set(keptGuide?.questionIds ?? []);
    await db.questions.bulkDelete(
      addedQuestionIds.filter((id) => !editedQuestion.has(id) && !stillAsked.has(id)),
    );
    await db.questions.bulkPut(editedQuestions.filter((q) => !editedQuestion.has(q.id)));
    return editedGuide.size + editedQuestion.size;
  });
}

/** Writes a new guide and the new questions it asks. Its Undo removes them, unless edited since. */
export async function createGuideCommand(
  ctx: CommandContext,
  input: GuideInput,
): Promise<CommandOutcome<Guide>> {
  const { db } = ctx;
  const { result: saved, seq } = await markedWrite(db, [db.guides, db.questions], () =>
    saveGuide(db, null, input, ctx.now(), ctx.newId),
  );
  const { guide } = saved;
  return {
    result: guide,
    message: `Added “${guide.name}”`,
    undo: async () => {
      const kept = await undoGuideSave(db, saved, seq);
      return undoReport(kept, `Removed “${guide.name}”.`, 'guide');
    },
  };
}

export interface UpdateGuideInput {
  id: string;
  input: GuideInput;
}

/**
 * Saves the guide editor, bank questions edited in it included. Its Undo puts the guide and
 * those questions back as they were, unless edited since.
 */
export async function updateGuideCommand(
  ctx: CommandContext,
  { id, input }: UpdateGuideInput,
): Promise<CommandOutcome<null>> {
  const { db } = ctx;
  const { result: saved, seq } = await markedWrite(db, [db.guides, db.questions], () =>
    saveGuide(db, id, input, ctx.now(), ctx.newId),
  );
  const name = saved.before?.name ?? input.name;
  return {
    result: null,
    message: `Saved “${input.name}”`,
    undo: async () => {
      const kept = await undoGuideSave(db, saved, seq);
      return undoReport(kept, `“${name}” is back to how it was.`, 'guide');
    },
  };
}

/**
 * Deletes a guide; interviews keep its id. Its Undo puts it back with the same id, so they pick
 * it up again, unless a guide with that id exists again.
 */
export const deleteGuideCommand = commandDeleting(
  (db) => db.guides,
  (db, guide: Pick<Guide, 'id' | 'name'>) => deleteGuide(db, guide.id),
  {
    what: 'guide',
    message: (removed) => `Deleted “${removed.name}”`,
    undone: (removed) => `“${removed.name}” is back.`,
    gone: (guide) => `“${guide.name}” was already deleted.`,
  },
);

/**
 * Adds the question bank's guide for each cohort that has none. Its Undo removes those it added,
 * except guides edited since.
 */
export async function addStarterGuidesCommand(
  ctx: CommandContext,
): Promise<CommandOutcome<number>> {
  const { db } = ctx;
  const { result: value, seq } = await markedWrite(db, [db.guides, db.questions], async () => {
    const guidesBefore = new Set(await db.guides.toCollection().primaryKeys());
    const questionsBefore = new Set(await db.questions.toCollection().primaryKeys());
    await addStarterGuides(db, ctx.now(), ctx.newId);
    const added = (await db.guides.toCollection().primaryKeys()).filter(
      (id) => !guidesBefore.has(id),
    );
    const questions = (await db.questions.toCollection().primaryKeys()).filter(
      (id) => !questionsBefore.has(id),
    );
    return { added, questions };
  });
  const { added, questions } = value;
  const message = `Added ${counted(added.length, 'starter guide')}`;
  if (added.length === 0) return { result: 0, message };
  return {
    result: added.length,
    message,
    undo: async () => {
      const kept = await withSource(db, 'undo', [db.guides, db.questions, db.changes], async () => {
        const edited = await keysEditedAfter(db, 'guides', added, seq);
        await db.guides.bulkDelete(added.filter((id) => !edited.has(id)));
        // The questions it added go too, but those a kept guide asks or someone edited stay.
        const keptGuides = await db.guides.bulkGet([...edited]);
        const asked = new Set(keptGuides.flatMap((g) => g?.questionIds ?? []));
        const editedQuestions = await keysEditedAfter(db, 'questions', questions, seq);
        await db.questions.bulkDelete(
          questions.filter((id) => !asked.has(id) && !editedQuestions.has(id)),
        );
        return edited.size;
      });
      const removed = `Removed ${counted(added.length - kept, 'starter guide')}.`;
      const keptText = keptSentence(kept, ['starter guide', 'starter guides'], 'they were added');
      return { message: [removed, keptText].filter(Boolean).join(' '), kept };
    },
  };
}
