/**
 * The one entry point the import UI calls: detects the transcript format, parses it, and
 * refuses files that are empty, binary, data (CSV, JSON, HTML) rather than talk, or claim to
 * be WebVTT/SRT but hold no cues, with a message fit to show the user. Detection trusts
 * content first (a WEBVTT header, a timing line, Otter speaker lines) and the file extension
 * second.
 *
 * Size is checked by the caller before reading (`checkTranscriptSize(file.size)`), so a 500 MB
 * file is never read into memory; parseTranscript repeats the check on the text as a backstop.
 */
import type { TranscriptSegment } from '../../domain/schemas/interview';
import { dataFileMessage, looksLikeDataFile } from './looksLikeDataFile';
import { parseOtterTxt, looksLikeOtter } from './parseOtterTxt';
import { parsePlainText } from './parsePlainText';
import { parseSrt, SRT_TIMING_LINE } from './parseSrt';
import { parseWebVtt, VTT_TIMING_LINE } from './parseWebVtt';
import { normaliseNewlines } from './transcriptLines';

export type TranscriptFormat = 'vtt' | 'srt' | 'otter' | 'text';

export type ParseTranscriptResult =
  | { ok: true; format: TranscriptFormat; segments: TranscriptSegment[]; speakers: string[] }
  | { ok: false; error: string };

export const MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/** The refusal message for a file of this many bytes, or null when it is small enough. */
export function checkTranscriptSize(bytes: number): string | null {
  if (bytes <= MAX_TRANSCRIPT_BYTES) return null;
  const size = (bytes / MB).toFixed(1);
  return `The file is ${size} MB; transcripts over ${MAX_TRANSCRIPT_BYTES / MB} MB are refused.`;
}

const SAMPLE_LENGTH = 64 * 1024;
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** C0 controls other than tab/LF/FF/CR, DEL, and U+FFFD (what File.text() makes of bad UTF-8). */
function isNotText(code: number): boolean {
  return (code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f || code === 0xfffd;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sampleLength = Math.min(text.length, SAMPLE_LENGTH);
  let controls = 0;
  for (let i = 0; i < sampleLength; i += 1) if (isNotText(text.charCodeAt(i))) controls += 1;
  return controls > sampleLength * 0.1;
}

/** How many lines to look through for a timing line: past a WebVTT header or SRT preamble. */
const DETECTION_LINES = 50;

function detectFormat(fileName: string, lines: readonly string[]): TranscriptFormat {
  if (/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) return 'vtt';
  const head = lines.slice(0, DETECTION_LINES);
  // Test SRT first: its comma timestamps would also pass the tolerant WebVTT pattern.
  if (head.some((line) => SRT_TIMING_LINE.test(line) && line.includes(','))) return 'srt';
  if (head.some((line) => VTT_TIMING_LINE.test(line))) return 'vtt';
  if (looksLikeOtter(lines)) return 'otter';
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'vtt') return 'vtt';
  if (extension === 'srt') return 'srt';
  return 'text';
}

const PARSERS: Record<TranscriptFormat, (text: string) => TranscriptSegment[]> = {
  vtt: parseWebVtt,
  srt: parseSrt,
  otter: parseOtterTxt,
  text: parsePlainText,
};

const NOTHING_TO_IMPORT: Record<TranscriptFormat, string> = {
  vtt: 'This WebVTT file has no cues with text, so there is nothing to import.',
  srt: 'This SRT file has no cues with text, so there is nothing to import.',
  otter: 'This transcript has speaker lines but no text, so there is nothing to import.',
  text: 'The file has no transcript text to import.',
};

/** Distinct non-empty speaker labels in order of first appearance. */
function speakersOf(segments: readonly TranscriptSegment[]): string[] {
  return [...new Set(segments.map((segment) => segment.speaker).filter((s) => s !== ''))];
}

export function parseTranscript(fileName: string, text: string): ParseTranscriptResult {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so this never refuses a file that fits.
  const tooBig = checkTranscriptSize(text.length);
  if (tooBig) return { ok: false, error: tooBig };
  const normalised = normaliseNewlines(text);
  if (normalised.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (looksBinary(normalised)) {
    return {
      ok: false,
      error:
        'This does not look like a transcript: it contains binary data or is not UTF-8 text. ' +
        'Export it as WebVTT (.vtt), SRT (.srt) or plain text (.txt) and try again.',
    };
  }
  const format = detectFormat(fileName, normalised.split('\n'));
  if (format === 'text') {
    const dataFile = looksLikeDataFile(fileName, normalised);
    if (dataFile) return { ok: false, error: dataFileMessage(dataFile) };
  }
  const segments = PARSERS[format](normalised);
  if (segments.length === 0) return { ok: false, error: NOTHING_TO_IMPORT[format] };
  return { ok: true, format, segments, speakers: speakersOf(segments) };
}
