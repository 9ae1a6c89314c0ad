/**
 * SubRip (.srt) → transcript segments, one per cue. The cue number line is optional, the
 * speaker comes from a "Name: text" prefix, and the formatting tags SRT players understand
 * (`<i> <b> <u> <font …>`) are stripped; any other text, "<" included, stays literal.
 * A text block without a timing line (a stray blank line inside a cue) is kept as part of the
 * previous cue rather than dropped.
 */
import type { TranscriptSegment } from '../../domain/schemas/interview';
import {
  finishSegments,
  normaliseNewlines,
  parseClock,
  splitBlocks,
  splitSpeakerPrefix,
} from './transcriptLines';

const TIMESTAMP = String.raw`\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}`;
/** "00:00:01,000 --> 00:00:04,000", optionally followed by SRT's X1/Y1 position box. */
export const SRT_TIMING_LINE = new RegExp(
  String.raw`^[ \t]*(${TIMESTAMP})[ \t]*-->[ \t]*(${TIMESTAMP})(?:[ \t].*)?$`,
);
const CUE_NUMBER = /^\s*\d+\s*$/;
const SRT_TAG = /<\/?(?:i|b|u)>|<font(?:\s[^>]*)?>|<\/font>/gi;

export function parseSrt(text: string): TranscriptSegment[] {
  const cues: TranscriptSegment[] = [];
  for (const block of splitBlocks(normaliseNewlines(text))) {
    const timingAt = block.slice(0, 2).findIndex((line) => SRT_TIMING_LINE.test(line));
    const previous = cues[cues.length - 1];
    if (timingAt === -1) {
      const orphan = block.filter((line) => !CUE_NUMBER.test(line)).join(' ');
      if (previous && orphan !== '') previous.text += ` ${orphan.replace(SRT_TAG, '')}`;
      continue;
    }
    const timing = SRT_TIMING_LINE.exec(block[timingAt] ?? '');
    const payload = block
      .slice(timingAt + 1)
      .join(' ')
      .replace(SRT_TAG, '');
    cues.push({
      ...splitSpeakerPrefix(payload.trim()),
      startMs: parseClock(timing?.[1] ?? ''),
      endMs: parseClock(timing?.[2] ?? ''),
    });
  }
  return finishSegments(cues);
}
