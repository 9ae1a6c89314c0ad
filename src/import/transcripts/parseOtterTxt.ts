/**
 * Otter-style text export → transcript segments. Each turn starts with a speaker line,
 * "Jane Doe  0:12" (name, two or more spaces or a tab, then m:ss or h:mm:ss), followed by the
 * paragraph lines of that turn. "Jane Doe 0:12" with a single space is accepted too when it
 * reads like a name and follows a blank line, since a sentence can also end in a time.
 *
 * A turn ends where the next one starts; the last turn gets an estimate from its word count.
 * Lines before the first speaker line (Otter puts the title and date there) and Otter's
 * "Transcribed by https://otter.ai" footer are not transcript text and are left out.
 */
import type { TranscriptSegment } from '../../domain/schemas/interview';
import {
  finishSegments,
  isNameLike,
  normaliseNewlines,
  parseClock,
  collapseWhitespace,
} from './transcriptLines';

/** Reading pace used to guess how long the last turn lasted. */
export const MS_PER_WORD = 400;

const CLOCK = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}`;
const WIDE_SPEAKER_LINE = new RegExp(String.raw`^(\S.{0,59}?)(?: {2,}|\t)[ \t]*(${CLOCK})\s*$`);
const TIGHT_SPEAKER_LINE = new RegExp(String.raw`^(\S.{0,39}?) (${CLOCK})\s*$`);
const OTTER_FOOTER = /^\s*Transcribed by https?:\/\/otter\.ai\s*$/i;

interface SpeakerLine {
  speaker: string;
  startMs: number;
}

/** Reads a speaker line; `afterBlank` says whether the previous line was blank (or absent). */
function parseSpeakerLine(line: string, afterBlank: boolean): SpeakerLine | null {
  const wide = WIDE_SPEAKER_LINE.exec(line);
  // A wide label ending in sentence punctuation is prose that happens to end in a time,
  // unless it reads like a name: "Sam Okafor Jr.  0:12" is a speaker line.
  const label = wide?.[1] ? collapseWhitespace(wide[1]) : '';
  if (label && wide?.[2] && (!/[.,;:!?]$/.test(label) || isNameLike(label))) {
    return { speaker: label, startMs: parseClock(wide[2]) };
  }
  const tight = afterBlank ? TIGHT_SPEAKER_LINE.exec(line) : null;
  if (tight?.[1] && tight[2] && isNameLike(tight[1])) {
    return { speaker: tight[1], startMs: parseClock(tight[2]) };
  }
  return null;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/**
 * Whether text reads as an Otter export: a speaker line among the first three non-empty lines
 * (after at most a title and a date) with some turn text after it.
 */
export function looksLikeOtter(lines: readonly string[]): boolean {
  let nonEmptySeen = 0;
  for (let i = 0; i < lines.length && nonEmptySeen < 3; i += 1) {
    if (isBlank(lines[i])) continue;
    nonEmptySeen += 1;
    if (parseSpeakerLine(lines[i] ?? '', isBlank(lines[i - 1]))) {
      return lines.slice(i + 1).some((line) => !isBlank(line) && !OTTER_FOOTER.test(line));
    }
  }
  return false;
}

function estimateMs(text: string): number {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  return words * MS_PER_WORD;
}

export function parseOtterTxt(text: string): TranscriptSegment[] {
  const lines = normaliseNewlines(text).split('\n');
  const turns: { speaker: string; startMs: number; lines: string[] }[] = [];
  lines.forEach((line, i) => {
    const speakerLine = parseSpeakerLine(line, isBlank(lines[i - 1]));
    if (speakerLine) turns.push({ ...speakerLine, lines: [] });
    else if (!OTTER_FOOTER.test(line)) turns.at(-1)?.lines.push(line);
  });
  return finishSegments(
    turns.map((turn, i) => {
      const body = turn.lines.join(' ');
      const next = turns[i + 1]?.startMs;
      const endMs =
        next !== undefined && next >= turn.startMs ? next : turn.startMs + estimateMs(body);
      return { speaker: turn.speaker, startMs: turn.startMs, endMs, text: body };
    }),
  );
}
