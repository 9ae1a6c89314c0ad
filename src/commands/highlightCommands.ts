import {
  addHighlightCode,
  createHighlight,
  deleteHighlight,
  removeHighlightCode,
  updateHighlightTraits,
} from '../db/highlightsRepo';
import type { Code } from '../domain/schemas/code';
import type { Highlight } from '../domain/schemas/highlight';
import { commandAdding, commandDeleting, commandEditing, type EditRecord } from './recordCommands';

/** A quote on part of an interview's notes or transcript. Its Undo takes it out, unless coded since. */
export const createHighlightCommand = commandAdding((db) => db.highlights, createHighlight, {
  what: 'quote',
  message: 'Quote created',
  undone: 'The quote is gone again.',
});

/** One edit of one quote; its Undo puts the quote back as it was, unless it was edited again since. */
const editingHighlight = <I extends { highlightId: string }>(
  edit: EditRecord<I, Highlight>,
  message: (input: I) => string,
) =>
  commandEditing(
    (db) => db.highlights,
    (input: I) => input.highlightId,
    edit,
    (input) => ({ what: 'quote', message: message(input), undone: 'The quote is back as it was.' }),
  );

export interface HighlightCodeInput {
  highlightId: string;
  code: Pick<Code, 'id' | 'name'>;
}

/** Codes a quote; coding it twice is a no-op. */
export const addHighlightCodeCommand = editingHighlight(
  (db, { highlightId, code }: HighlightCodeInput, now) =>
    addHighlightCode(db, highlightId, code.id, now),
  ({ code }) => `Coded as ${code.name}`,
);

export const removeHighlightCodeCommand = editingHighlight(
  (db, { highlightId, code }: HighlightCodeInput, now) =>
    removeHighlightCode(db, highlightId, code.id, now),
  ({ code }) => `Removed ${code.name}`,
);

export interface HighlightTraitsInput {
  highlightId: string;
  traitIds: readonly string[];
}

/** Tags a quote with exactly these traits. */
export const setHighlightTraitsCommand = editingHighlight(
  (db, { highlightId, traitIds }: HighlightTraitsInput, now) =>
    updateHighlightTraits(db, highlightId, [...traitIds], now),
  () => 'Traits saved',
);

/**
 * Deletes a quote (a quote already gone is no error: another tab got there first). Its Undo puts
 * it back exactly as it was, unless a quote with its id is back already.
 */
export const deleteHighlightCommand = commandDeleting((db) => db.highlights, deleteHighlight, {
  what: 'quote',
  message: 'Quote deleted',
  undone: 'The quote is back.',
  gone: 'The quote was already deleted',
});
