import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentLineRange,
  formatElapsed,
  parseStamp,
  stampLine,
} from '../../src/domain/noteStamps';

describe('formatElapsed', () => {
  it('shows mm:ss under an hour and h:mm:ss from an hour on', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(252_999)).toBe('04:12');
    expect(formatElapsed(3_599_999)).toBe('59:59');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(36_000_000)).toBe('10:00:00');
  });

  it('reads nonsense as 00:00', () => {
    expect(formatElapsed(-5000)).toBe('00:00');
    expect(formatElapsed(Number.NaN)).toBe('00:00');
  });
});

describe('stampLine and parseStamp', () => {
  it('stamps a line and reads the stamp back', () => {
    expect(stampLine('Budget freeze in Q3', 252_000)).toBe('[04:12] Budget freeze in Q3');
    expect(parseStamp('[04:12] Budget freeze in Q3')).toEqual({
      elapsedMs: 252_000,
      text: 'Budget freeze in Q3',
    });
    expect(parseStamp('[1:02:03] late')).toEqual({ elapsedMs: 3_723_000, text: 'late' });
    expect(parseStamp('[75:30]no space')).toEqual({ elapsedMs: 4_530_000, text: 'no space' });
  });

  it('leaves an already stamped line alone', () => {
    expect(stampLine('[00:05] hi', 60_000)).toBe('[00:05] hi');
  });

  it('returns null for lines without a stamp', () => {
    expect(parseStamp('no stamp')).toBeNull();
    expect(parseStamp(' [04:12] indented')).toBeNull();
    expect(parseStamp('[4:60] bad seconds')).toBeNull();
    expect(parseStamp('[see note]')).toBeNull();
  });

  it('round-trips any line and any elapsed time, to the second', () => {
    const line = fc.string().filter((s) => parseStamp(s) === null);
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 999 * 3_600_000 }), (text, ms) => {
        expect(parseStamp(stampLine(text, ms))).toEqual({
          elapsedMs: Math.floor(ms / 1000) * 1000,
          text,
        });
      }),
    );
  });
});

describe('currentLineRange', () => {
  const text = 'first line\nsecond line\r\n\nlast';

  it('finds the line around the caret', () => {
    expect(currentLineRange(text, 0)).toEqual({ start: 0, end: 10 });
    expect(currentLineRange(text, 10)).toEqual({ start: 0, end: 10 });
    expect(currentLineRange(text, 11)).toEqual({ start: 11, end: 22 });
    expect(currentLineRange(text, 24)).toEqual({ start: 24, end: 24 });
    expect(currentLineRange(text, text.length)).toEqual({ start: 25, end: 29 });
  });

  it('handles a leading newline and clamps the caret', () => {
    expect(currentLineRange('\nabc', 0)).toEqual({ start: 0, end: 0 });
    expect(currentLineRange('abc', 99)).toEqual({ start: 0, end: 3 });
    expect(currentLineRange('abc', -1)).toEqual({ start: 0, end: 3 });
    expect(currentLineRange('', 0)).toEqual({ start: 0, end: 0 });
  });

  it('never spans a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r') }), fc.nat(), (t, caret) => {
        const { start, end } = currentLineRange(t, caret % (t.length + 1));
        expect(t.slice(start, end)).not.toMatch(/\n/);
        expect(start === 0 || t[start - 1] === '\n').toBe(true);
      }),
    );
  });
});
