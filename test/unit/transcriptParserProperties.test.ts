import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TranscriptSegment } from '../../src/domain/schemas/interview';
import { MS_PER_WORD, parseOtterTxt } from '../../src/import/transcripts/parseOtterTxt';
import { parsePlainText } from '../../src/import/transcripts/parsePlainText';
import {
  collapseWhitespace,
  splitSpeakerPrefix,
} from '../../src/import/transcripts/transcriptLines';

/** Texts as the parsers return them: whitespace collapsed, trimmed, non-empty. */
const cleanText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
  .map(collapseWhitespace)
  .filter((text) => text !== '');

/** Speaker labels a person would write: capitalised words, surname particles, numbers. */
const nameLike = fc
  .tuple(
    fc.constantFrom(
      'Ana',
      'Bo',
      'Chen',
      "O'Neil",
      'Mary-Kate',
      'Speaker',
      'Émile',
      'Łukasz',
      'Dr.',
    ),
    fc.array(fc.constantFrom('de', 'van', 'Lima', 'Okafor', '2', 'Jr.', 'Åsa'), { maxLength: 3 }),
  )
  .map(([first, rest]) => [first, ...rest].join(' '));

const eol = fc.constantFrom('\n', '\r\n', '\r');
const bom = fc.constantFrom('', '\uFEFF');

/** Breaks a text over lines after every `width` words, as an export wraps a paragraph. */
function wrap(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += width) lines.push(words.slice(i, i + width).join(' '));
  return lines;
}

// --- Otter ---------------------------------------------------------------------------------

interface OtterTurn {
  speaker: string;
  startMs: number;
  text: string;
}

/** Otter's clock: m:ss under an hour, h:mm:ss from then on. */
function otterClock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

interface OtterLayout {
  header: boolean;
  gap: string;
  width: number;
  newline: string;
  prefix: string;
}

function toOtter(turns: readonly OtterTurn[], layout: OtterLayout): string {
  const lines = layout.header
    ? ['Call with Northwind Logistics', 'Tue, Mar 3, 2026 10:02AM • 34:12', '']
    : [];
  for (const turn of turns) {
    lines.push(`${turn.speaker}${layout.gap}${otterClock(turn.startMs)}`);
    lines.push(...wrap(turn.text, layout.width), '');
  }
  lines.push('Transcribed by https://otter.ai');
  return layout.prefix + lines.join(layout.newline);
}

/** What the format promises: a turn lasts until the next one starts, the last one by its words. */
function expectedOtter(turns: readonly OtterTurn[]): TranscriptSegment[] {
  return turns.map((turn, i) => {
    const next = turns[i + 1]?.startMs;
    const endMs =
      next !== undefined && next >= turn.startMs
        ? next
        : turn.startMs + turn.text.split(' ').length * MS_PER_WORD;
    return { speaker: turn.speaker, startMs: turn.startMs, endMs, text: turn.text };
  });
}

const otterText = cleanText.filter((text) => !/otter\.ai/i.test(text));
const otterLayout = (gaps: readonly string[]) =>
  fc.record({
    header: fc.boolean(),
    gap: fc.constantFrom(...gaps),
    width: fc.integer({ min: 1, max: 12 }),
    newline: eol,
    prefix: bom,
  });
const otterTurns = (speaker: fc.Arbitrary<string>) =>
  fc.array(
    fc.record({
      speaker,
      // Whole seconds up to 99 hours: the resolution Otter writes.
      startMs: fc.integer({ min: 0, max: 99 * 3600 }).map((s) => s * 1000),
      text: otterText,
    }),
    { minLength: 1, maxLength: 12 },
  );

describe('parseOtterTxt round trip', () => {
  it('reads back every turn’s speaker, start, end and text from a wide-spaced export', () => {
    // Otter's wide layout takes any label that does not end like a sentence.
    const speaker = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .map(collapseWhitespace)
      .filter((s) => s !== '' && s.length <= 60 && !/[.,;:!?]$/.test(s));
    fc.assert(
      fc.property(otterTurns(speaker), otterLayout(['  ', '   ', '\t', ' \t']), (turns, layout) => {
        expect(parseOtterTxt(toOtter(turns, layout))).toEqual(expectedOtter(turns));
      }),
      { numRuns: 300 },
    );
  });

  it('also reads name-like speakers followed by a single space after a blank line', () => {
    fc.assert(
      fc.property(otterTurns(nameLike), otterLayout([' ', '  ']), (turns, layout) => {
        expect(parseOtterTxt(toOtter(turns, layout))).toEqual(expectedOtter(turns));
      }),
      { numRuns: 300 },
    );
  });
});

// --- Plain text ----------------------------------------------------------------------------

interface PlainTurn {
  speaker: string;
  text: string;
  /** Whether a blank line comes before it (a speaker-less turn always needs one). */
  newParagraph: boolean;
  width: number;
}

/** Continuation lines that read like "Name: …" would start a turn, so they stay joined. */
function plainLines(turn: PlainTurn): string[] {
  const [first = '', ...rest] = wrap(turn.text, turn.width);
  const lines = [turn.speaker === '' ? first : `${turn.speaker}: ${first}`];
  for (const line of rest) {
    if (splitSpeakerPrefix(line).speaker === '') lines.push(line);
    else lines[lines.length - 1] += ` ${line}`;
  }
  return lines;
}

function toPlainText(turns: readonly PlainTurn[], newline: string, blank: string): string {
  const lines: string[] = [];
  turns.forEach((turn, i) => {
    if (i > 0 && (turn.newParagraph || turn.speaker === '')) lines.push(blank);
    lines.push(...plainLines(turn));
  });
  return lines.join(newline);
}

describe('parsePlainText round trip', () => {
  it('reads back each turn’s speaker and text, with unknown times at 0', () => {
    // A speaker-less paragraph opening "Name: …" would rightly be read as that speaker.
    const unlabelled = cleanText.filter((text) => splitSpeakerPrefix(text).speaker === '');
    const turn = fc.oneof(
      fc.record({
        speaker: fc.constant(''),
        text: unlabelled,
        newParagraph: fc.constant(true),
        width: fc.integer({ min: 1, max: 12 }),
      }),
      fc.record({
        speaker: nameLike,
        text: cleanText,
        newParagraph: fc.boolean(),
        width: fc.integer({ min: 1, max: 12 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(turn, { minLength: 1, maxLength: 12 }),
        eol,
        fc.constantFrom('', ' ', '\t'),
        bom,
        (turns, newline, blank, prefix) => {
          const parsed = parsePlainText(prefix + toPlainText(turns, newline, blank));
          expect(parsed).toEqual(
            turns.map(({ speaker, text }) => ({ speaker, startMs: 0, endMs: 0, text })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
