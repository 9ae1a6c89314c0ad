import { describe, expect, it } from 'vitest';
import {
  applyNotesWrite,
  MERGE_SEPARATOR,
  NotesCopyGoneError,
  resolveNotesCopy,
  restoreSetAside,
} from '../../src/domain/notesWrite';
import { interviewRecord } from '../fixtures/records';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T10:05:00.000Z';
const stored = interviewRecord({ id: 'int-1', accountId: 'acc-1', notes: 'Saved by tab A.' });

describe('applyNotesWrite', () => {
  it('writes the notes when they are still what the editor started from', () => {
    const { next, outcome } = applyNotesWrite(
      { ...stored, notes: 'Base.' },
      { text: 'Base. More.', expected: ['Base.'], draftId: 'B', now: LATER },
    );
    expect(outcome).toBe('saved');
    expect(next.notes).toBe('Base. More.');
    expect(next.updatedAt).toBe(LATER);
  });

  it('accepts a stored text this editor wrote and is still waiting to hear about', () => {
    const { outcome } = applyNotesWrite(stored, {
      text: 'Saved by tab A. And more.',
      expected: ['', 'Saved by tab A.'],
      draftId: 'A',
      now: LATER,
    });
    expect(outcome).toBe('saved');
  });

  it('keeps text written against notes that moved on as a copy, leaving the notes alone', () => {
    const { next, outcome } = applyNotesWrite(stored, {
      text: 'Typed in tab B.',
      expected: [''],
      draftId: 'B',
      now: LATER,
    });
    expect(outcome).toBe('kept-as-copy');
    expect(next.notes).toBe('Saved by tab A.');
    expect(next.notesCopies).toEqual([{ id: 'B', text: 'Typed in tab B.', savedAt: LATER }]);
  });

  it('goes on writing to the editor’s own copy, even when its text matches the notes again', () => {
    const first = applyNotesWrite(stored, {
      text: 'B1',
      expected: [''],
      draftId: 'B',
      now: AT,
    }).next;
    const { next, outcome } = applyNotesWrite(first, {
      text: 'B1 B2',
      expected: ['Saved by tab A.'],
      draftId: 'B',
      now: LATER,
    });
    expect(outcome).toBe('kept-as-copy');
    expect(next.notes).toBe('Saved by tab A.');
    expect(next.notesCopies).toEqual([{ id: 'B', text: 'B1 B2', savedAt: LATER }]);
  });
});

describe('resolveNotesCopy', () => {
  const withCopy = {
    ...stored,
    notesCopies: [{ id: 'B', text: 'Typed in tab B.', savedAt: AT }],
  };

  it('keeps the notes and sets the copy aside', () => {
    const { next, setAside } = resolveNotesCopy(withCopy, 'B', 'keep-notes', LATER);
    expect(next.notes).toBe('Saved by tab A.');
    expect(next.notesCopies).toEqual([]);
    expect(setAside).toBe('Typed in tab B.');
  });

  it('uses the copy and sets the old notes aside', () => {
    const { next, setAside } = resolveNotesCopy(withCopy, 'B', 'use-copy', LATER);
    expect(next.notes).toBe('Typed in tab B.');
    expect(setAside).toBe('Saved by tab A.');
  });

  it('merges both texts into the notes, dropping nothing', () => {
    const { next, setAside } = resolveNotesCopy(withCopy, 'B', 'merge', LATER);
    expect(next.notes).toBe(`Saved by tab A.${MERGE_SEPARATOR}Typed in tab B.`);
    expect(setAside).toBeNull();
  });

  it('refuses a copy that was already resolved', () => {
    expect(() => resolveNotesCopy(stored, 'B', 'merge', LATER)).toThrow(NotesCopyGoneError);
  });

  it('undo puts the set-aside text back as a copy without touching later notes', () => {
    const { next } = resolveNotesCopy(withCopy, 'B', 'use-copy', LATER);
    const edited = { ...next, notes: 'Typed in tab B. Then edited.' };
    const undone = restoreSetAside(edited, 'Saved by tab A.', 'B', LATER);
    expect(undone.notes).toBe('Typed in tab B. Then edited.');
    expect(undone.notesCopies).toEqual([{ id: 'B', text: 'Saved by tab A.', savedAt: LATER }]);
  });
});
