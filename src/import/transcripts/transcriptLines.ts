/**
 * Helpers the transcript parsers share: line splitting, "Name: text" speaker prefixes, clock
 * times and the final clean-up that makes every parser's output valid against
 * `transcriptSegmentSchema` (so callers can store what a parser returns without re-checking).
 */
import type { TranscriptSegment } from '../../domain/schemas/interview';

/** Mirrors the limits in transcriptSegmentSchema; a test checks parser output against it. */
export const MAX_SPEAKER_LENGTH = 200;
export const MAX_SEGMENT_TEXT_LENGTH = 100_000;

/** Strips a UTF-8 BOM and turns CRLF / CR into LF, so parsers only ever see '\n'. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Groups lines into blocks separated by blank (or whitespace-only) lines. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Surname particles are lower case in real names ("Ana de la Cruz"); any other lower-case word
// means the colon most likely ends a sentence ("the thing is: ...") rather than a speaker label.
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'du',
  'la',
  'le',
  'bin',
  'al',
]);
const NAME_WORD = /^[\p{Lu}\p{Lt}\p{N}][\p{L}\p{M}\p{N}.'’()-]*$/u;

/** Whether a label is plausibly a speaker name: up to 4 capitalised words, 40 characters. */
export function isNameLike(label: string): boolean {
  if (label.length === 0 || label.length > 40) return false;
  const words = label.split(' ');
  if (words.length > 4) return false;
  return words.every((word, i) => NAME_WORD.test(word) || (i > 0 && NAME_PARTICLES.has(word)));
}

const SPEAKER_PREFIX = /^([^:\s][^:]{0,39}):(?:\s+|$)/;

/** Splits "Jane Doe: text" into speaker and text; text without a name-like label keeps speaker ''. */
export function splitSpeakerPrefix(text: string): { speaker: string; text: string } {
  const match = SPEAKER_PREFIX.exec(text);
  const label = match?.[1];
  if (match && label !== undefined && isNameLike(label)) {
    return { speaker: label, text: text.slice(match[0].length) };
  }
  return { speaker: '', text };
}

/**
 * Parses clock times such as "1:02:03.500", "02:03,5" or "0:12" to milliseconds. Fractions are
 * read as decimals ("5" is 500 ms), which is what both WebVTT and SRT mean.
 */
export function parseClock(clock: string): number {
  const [whole = '', fraction = ''] = clock.split(/[.,]/);
  const seconds = whole
    .split(':')
    .reduce((total, part) => total * 60 + Number.parseInt(part, 10), 0);
  const millis = fraction === '' ? 0 : Number.parseInt(fraction.padEnd(3, '0').slice(0, 3), 10);
  return seconds * 1000 + millis;
}

/** Splits text longer than the schema allows at the last space before the limit. */
function chunkText(text: string): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > MAX_SEGMENT_TEXT_LENGTH) {
    const space = rest.lastIndexOf(' ', MAX_SEGMENT_TEXT_LENGTH);
    const cut = space > 0 ? space : MAX_SEGMENT_TEXT_LENGTH;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  chunks.push(rest);
  return chunks;
}

/**
 * Turns raw parsed pieces into schema-valid segments: text with whitespace collapsed, empty
 * pieces dropped, speakers trimmed and capped, end never before start, overlong text split.
 */
export function finishSegments(pieces: readonly TranscriptSegment[]): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  for (const piece of pieces) {
    const text = collapseWhitespace(piece.text);
    if (text === '') continue;
    const speaker = collapseWhitespace(piece.speaker).slice(0, MAX_SPEAKER_LENGTH);
    const startMs = Math.max(0, Math.round(piece.startMs));
    const endMs = Math.max(startMs, Math.round(piece.endMs));
    for (const chunk of chunkText(text)) segments.push({ speaker, startMs, endMs, text: chunk });
  }
  return segments;
}
