import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps, mapPosition, rebaseEdit, spliceBetween } from '../../src/domain/textSplice';

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

describe("mapPosition: a caret through someone else's edit", () => {
  const caret = (text: string) => ({ text: text.replace('|', ''), at: text.indexOf('|') });

  it.each([
    ['text typed before the caret moves it on', 'Ann| and Bea', 'Hi Ann| and Bea'],
    ['text typed after the caret leaves it', 'Ann| and Bea', 'Ann| and Bea typed'],
    ['text deleted before the caret moves it back', 'Ann and Bea|', 'Ann Bea|'],
    ['a caret inside replaced text goes to its end', 'Ann a|nd Bea', 'Ann or| Bea'],
    ['a caret where the other only inserted stays before their words', 'Ann|', 'Ann| Bea'],
  ])('%s', (_, from, to) => {
    const before = caret(from);
    const after = caret(to);
    expect(mapPosition(before.text, after.text, before.at)).toBe(after.at);
  });

  it("keeps each person's keys together when both type at the end of the same note", () => {
    // Each side maps its caret through the other's key, then types its next key there.
    let text = 'Notes:';
    let ann = text.length;
    let bea = text.length;
    for (const [a, b] of [
      ['A', 'B'],
      ['n', 'e'],
      ['n', 'a'],
    ] as const) {
      const afterAnn = text.slice(0, ann) + a + text.slice(ann);
      bea = mapPosition(text, afterAnn, bea);
      ann += 1;
      const afterBea = afterAnn.slice(0, bea) + b + afterAnn.slice(bea);
      ann = mapPosition(afterAnn, afterBea, ann);
      bea += 1;
      text = afterBea;
    }
    expect(text).toMatch(/Ann/);
    expect(text).toMatch(/Bea/);
  });
});
