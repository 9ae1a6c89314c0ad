import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_CONTEXT_LENGTH,
  createAnchor,
  rebaseAnchor,
  resolveAnchor,
} from '../../src/domain/anchoring';
import { anchorSchema } from '../../src/domain/schemas/highlight';

const notes =
  'We tried two tools before. Onboarding took three weeks and nobody trusted the numbers. ' +
  'Then our new CFO asked for weekly reporting.';

function anchorOn(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(quote, at + 1);
  return createAnchor(text, at, at + quote.length, 'notes');
}

describe('createAnchor', () => {
  it('stores the quote with up to 32 characters of context, valid for the schema', () => {
    const anchor = anchorOn(notes, 'Onboarding took three weeks');
    expect(anchor.exact).toBe('Onboarding took three weeks');
    expect(anchor.prefix).toBe('We tried two tools before. ');
    expect(anchor.suffix).toHaveLength(ANCHOR_CONTEXT_LENGTH);
    expect(notes.indexOf(anchor.suffix)).toBe(anchor.end);
    expect(anchorSchema.safeParse(anchor).success).toBe(true);
  });

  it('does not cut an emoji in half at the edge of the context', () => {
    const text = `😀${'y'.repeat(31)}quote${'z'.repeat(31)}😀`;
    const anchor = anchorOn(text, 'quote');
    expect(anchor.prefix).toBe('y'.repeat(31));
    expect(anchor.suffix).toBe('z'.repeat(31));
  });

  it('refuses empty and out-of-range selections', () => {
    expect(() => createAnchor('abc', 1, 1, 'notes')).toThrow(RangeError);
    expect(() => createAnchor('abc', 2, 1, 'notes')).toThrow(RangeError);
    expect(() => createAnchor('abc', 0, 4, 'notes')).toThrow(RangeError);
  });
});

describe('resolveAnchor', () => {
  const anchor = anchorOn(notes, 'nobody trusted the numbers');

  it('finds the quote where it was in unchanged text', () => {
    expect(resolveAnchor(notes, anchor)).toEqual({
      start: anchor.start,
      end: anchor.end,
      exact: true,
    });
  });

  it('follows the quote when text before it changes', () => {
    const edited = `Call with Acme.\n${notes.replace('two tools', 'a couple of tools')}`;
    const resolved = resolveAnchor(edited, anchor);
    const shift = 'Call with Acme.\n'.length + 'a couple of tools'.length - 'two tools'.length;
    expect(resolved).toEqual({ start: anchor.start + shift, end: anchor.end + shift, exact: true });
  });

  it('ignores edits after the quote', () => {
    const edited = `${notes.replace('weekly reporting', 'a board pack')} More later.`;
    expect(resolveAnchor(edited, anchor)).toEqual({
      start: anchor.start,
      end: anchor.end,
      exact: true,
    });
  });

  it('picks the duplicate whose context matches', () => {
    const text =
      'Pain: "too slow" said the CFO. Later, the admin also said "too slow" about search.';
    const second = anchorOn(text, 'too slow', 1);
    // Drop the first sentence's start so the stored offset now lands on nothing useful.
    const edited = `Prep. ${text.replace('Pain: ', 'Main pain: ')}`;
    const resolved = resolveAnchor(edited, second);
    expect(resolved?.start).toBe(edited.lastIndexOf('too slow'));
  });

  it('prefers the occurrence whose context matches even when the old offset still holds the text', () => {
    const text = 'price X price';
    const first = anchorOn(text, 'price');
    const edited = `price ${text}`;
    expect(resolveAnchor(edited, first)?.start).toBe(6);
  });

  it('returns null when the quote was deleted', () => {
    expect(
      resolveAnchor(notes.replace('nobody trusted the numbers', 'it was fine'), anchor),
    ).toBeNull();
    expect(rebaseAnchor('', anchor)).toBeNull();
  });

  it('falls back to whitespace-insensitive matching, flagged as not exact', () => {
    const edited = notes.replace('nobody trusted the numbers', 'nobody\ntrusted  the numbers');
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved).toMatchObject({ exact: false });
    expect(edited.slice(resolved?.start, resolved?.end)).toBe('nobody\ntrusted  the numbers');
  });
});

describe('rebaseAnchor', () => {
  it('re-makes the anchor with fresh offsets and context', () => {
    const anchor = anchorOn(notes, 'weekly reporting');
    const edited = `Summary first. ${notes}`;
    const rebased = rebaseAnchor(edited, anchor);
    expect(rebased).toEqual(anchorOn(edited, 'weekly reporting'));
    expect(rebased && resolveAnchor(edited, rebased)?.start).toBe(anchor.start + 15);
  });
});

describe('anchoring properties', () => {
  // A small alphabet makes repeated substrings, the hard case for re-anchoring, common.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀'), maxLength: 120 });
  const quoted = text
    .filter((t) => t.length > 0)
    .chain((t) =>
      fc
        .tuple(fc.nat({ max: t.length - 1 }), fc.nat({ max: t.length - 1 }))
        .map(([a, b]) => ({ text: t, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
    );

  it('resolving on the unchanged text returns the original range', () => {
    fc.assert(
      fc.property(quoted, ({ text: t, start, end }) => {
        const anchor = createAnchor(t, start, end, 'transcript');
        expect(resolveAnchor(t, anchor)).toEqual({ start, end, exact: true });
      }),
    );
  });

  it('an insertion before or after the quote never loses it', () => {
    fc.assert(
      fc.property(quoted, fc.string(), fc.boolean(), fc.nat(), (q, inserted, before, pick) => {
        const anchor = createAnchor(q.text, q.start, q.end, 'notes');
        const at = before ? pick % (q.start + 1) : q.end + (pick % (q.text.length - q.end + 1));
        const edited = q.text.slice(0, at) + inserted + q.text.slice(at);
        const resolved = resolveAnchor(edited, anchor);
        expect(resolved).not.toBeNull();
        if (!resolved) return;
        expect(edited.slice(resolved.start, resolved.end)).toBe(anchor.exact);
        const shifted = before ? q.start + inserted.length : q.start;
        // With a single occurrence there is no ambiguity: it must be the shifted position.
        if (edited.indexOf(anchor.exact) === edited.lastIndexOf(anchor.exact)) {
          expect(resolved.start).toBe(shifted);
        }
      }),
    );
  });
});
