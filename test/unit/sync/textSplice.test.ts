import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps, rebaseEdit, spliceBetween } from '../../../src/sync/textSplice';

describe('spliceBetween', () => {
  it('finds the one splice between two texts', () => {
    expect(spliceBetween('hello world', 'hello brave world')).toEqual({
      start: 6,
      deleteCount: 0,
      insert: 'brave ',
    });
    expect(spliceBetween('abc', 'abc')).toBeNull();
    expect(spliceBetween('abcdef', 'abXef')).toEqual({ start: 2, deleteCount: 2, insert: 'X' });
  });

  it('never cuts an emoji in half', () => {
    const splice = spliceBetween('a😀b', 'a😃b');
    expect(splice).toEqual({ start: 1, deleteCount: 2, insert: '😃' });
  });

  it('turns any text into any other (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = spliceBetween(a, b);
        const out = s ? a.slice(0, s.start) + s.insert + a.slice(s.start + s.deleteCount) : a;
        expect(out).toBe(b);
      }),
    );
  });
});

describe('rebaseEdit', () => {
  it('is the plain splice when nobody else edited', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, next) => {
        expect(applyOps(base, rebaseEdit(base, next, base))).toBe(next);
      }),
    );
  });

  it('keeps what both typed at the end of a note', () => {
    const merged = applyOps('Notes: theirs', rebaseEdit('Notes:', 'Notes: mine', 'Notes: theirs'));
    expect(merged).toBe('Notes: theirs mine');
  });

  it('keeps edits in different places of the text', () => {
    const base = 'first line\nsecond line';
    const mine = 'first line!\nsecond line';
    const theirs = 'first line\nsecond line?';
    expect(applyOps(theirs, rebaseEdit(base, mine, theirs))).toBe('first line!\nsecond line?');
    expect(applyOps(mine, rebaseEdit(base, theirs, mine))).toBe('first line!\nsecond line?');
  });

  it('does not delete again what the other edit replaced', () => {
    // They rewrote "quick"; I deleted "quick brown ": their word stays, the rest goes.
    const base = 'the quick brown fox';
    const theirs = 'the slow brown fox';
    const mine = 'the fox';
    expect(applyOps(theirs, rebaseEdit(base, mine, theirs))).toBe('the slowfox');
  });

  it('keeps every inserted character from both sides (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.nat(),
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1 }),
        (base, i, mine, j, theirs) => {
          const at = (n: number) => n % (base.length + 1);
          const ours = base.slice(0, at(i)) + mine + base.slice(at(i));
          const other = base.slice(0, at(j)) + theirs + base.slice(at(j));
          const merged = applyOps(other, rebaseEdit(base, ours, other));
          expect(merged.length).toBe(base.length + mine.length + theirs.length);
        },
      ),
    );
  });
});
