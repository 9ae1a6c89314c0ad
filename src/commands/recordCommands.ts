/**
 * The shapes most entity commands take (add one record, save or edit one, delete one), each
 * with the Undo that keeps a later edit. An entity's command gives the repository write and the
 * words; the transaction, the change-log mark and the Undo's checks are written once, here.
 */
import { restoreDeleted, type Store } from '../db/recordUndo';
import type { WorkspaceDb } from '../db/schema';
import type { CommandContext } from './context';
import type { CommandOutcome } from './outcome';
import {
  deleteUnlessEdited,
  markedWrite,
  putBackUnlessEdited,
  restoreReport,
  undoReport,
  undoSave,
} from './recordUndo';

/** A sentence, fixed or made from the record it speaks of. */
export type Words<T> = string | ((record: T) => string);

const say = <T>(words: Words<T>, record: T): string =>
  typeof words === 'string' ? words : words(record);

/** What a command says: its toast, the sentence its Undo reports, and the record's noun. */
export interface Said<Done, Undone = Done> {
  /** "quote", "finding": how an Undo that kept an edit names the record. */
  what: string;
  message: Words<Done>;
  undone: Words<Undone>;
}

/** A repository write that adds one record: `createFinding(db, input, now, id)`. */
export type CreateRecord<I, T> = (db: WorkspaceDb, input: I, now: string, id: string) => Promise<T>;

/**
 * The command that adds one record to `table` with `create`. Its Undo deletes the record again,
 * unless it was edited since.
 */
export function commandAdding<I, T extends { id: string }>(
  table: (db: WorkspaceDb) => Store<T>,
  create: CreateRecord<I, T>,
  said: Said<T>,
): (ctx: CommandContext, input: I) => Promise<CommandOutcome<T>> {
  return async (ctx, input) => {
    const { db } = ctx;
    const { result: added, seq } = await markedWrite(db, [table(db)], () =>
      create(db, input, ctx.now(), ctx.newId()),
    );
    return {
      result: added,
      message: say(said.message, added),
      undo: async () =>
        undoReport(
          await deleteUnlessEdited(db, table(db), added.id, seq),
          say(said.undone, added),
          said.what,
        ),
    };
  };
}

/** A record as a save left it, and as it was before (none when the save created it). */
export interface Saved<T> {
  saved: T;
  before: T | undefined;
}

/**
 * The command that saves a form's record of `table`, new (its input's `id` null) or edited, read
 * and written in one transaction; `save` gets the time and the id a new record takes. Its Undo
 * removes a new record or puts an edited one back as it was, unless it was edited since.
 */
export function commandSaving<I extends { id: string | null }, T extends { id: string }>(
  table: (db: WorkspaceDb) => Store<T>,
  save: CreateRecord<I, T>,
  said: Said<Saved<T>>,
): (ctx: CommandContext, input: I) => Promise<CommandOutcome<T>> {
  return async (ctx, input) => {
    const { db } = ctx;
    const { result: value, seq } = await markedWrite(db, [table(db)], async () => {
      const before = input.id ? await table(db).get(input.id) : undefined;
      return { before, saved: await save(db, input, ctx.now(), ctx.newId()) };
    });
    return {
      result: value.saved,
      message: say(said.message, value),
      undo: async () =>
        undoReport(
          await undoSave(db, table(db), value.saved, value.before, seq),
          say(said.undone, value),
          said.what,
        ),
    };
  };
}

/** A repository edit of one stored record, given the command's input and the time. */
export type EditRecord<I, R> = (db: WorkspaceDb, input: I, now: string) => Promise<R>;

/**
 * The command that makes one edit of the record of `table` its input names (`idOf`), read and
 * written in one transaction; it resolves to what `edit` resolves to. Its Undo puts the record
 * back as it was, unless it was edited again since (in any tab). `said` may depend on the input.
 */
export function commandEditing<I, T extends { id: string }, R>(
  table: (db: WorkspaceDb) => Store<T>,
  idOf: (input: I) => string,
  edit: EditRecord<I, R>,
  said: (input: I) => Said<R, T> & { missing?: string },
): (ctx: CommandContext, input: I) => Promise<CommandOutcome<R>> {
  return async (ctx, input) => {
    const { db } = ctx;
    const words = said(input);
    const { result: value, seq } = await markedWrite(db, [table(db)], async () => {
      const before = await table(db).get(idOf(input));
      if (!before) throw new Error(words.missing ?? `This ${words.what} no longer exists.`);
      return { before, after: await edit(db, input, ctx.now()) };
    });
    const { before, after } = value;
    return {
      result: after,
      message: say(words.message, after),
      undo: async () =>
        undoReport(
          await putBackUnlessEdited(db, table(db), before, seq),
          say(words.undone, before),
          words.what,
        ),
    };
  };
}

/** A repository delete that returns what it deleted (undefined when it was gone already). */
export type DeleteRecord<I, T> = (db: WorkspaceDb, input: I) => Promise<T | undefined>;

/**
 * The command that deletes one record of `table` with `remove`; a record already gone (another
 * tab got there first) is no error, and `gone` says so. Its Undo puts the record back exactly as
 * it was, unless a record with its id exists again.
 */
export function commandDeleting<I, T extends { id: string }>(
  table: (db: WorkspaceDb) => Store<T>,
  remove: DeleteRecord<I, T>,
  said: Said<T> & { gone: Words<I> },
): (ctx: CommandContext, input: I) => Promise<CommandOutcome<T | null>> {
  return async ({ db }, input) => {
    const removed = await remove(db, input);
    if (!removed) return { result: null, message: say(said.gone, input) };
    return {
      result: removed,
      message: say(said.message, removed),
      undo: async () =>
        restoreReport(
          await restoreDeleted(db, table(db), removed),
          say(said.undone, removed),
          said.what,
        ),
    };
  };
}
