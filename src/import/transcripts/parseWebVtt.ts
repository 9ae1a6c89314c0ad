/**
 * WebVTT → transcript segments. One segment per cue (a cue that switches voice mid-way gives one
 * segment per voice, sharing the cue's times). Speakers come from `<v Name>` voice tags, else
 * from a "Name: text" prefix (Zoom's style). Cue markup is stripped to plain text; anything that
 * is not a WebVTT tag stays literal, since the app renders transcript text as text.
 *
 * Tolerant on purpose: a missing WEBVTT header, 1-digit minutes, ',' before the milliseconds
 * and fewer than 3 fraction digits are all accepted, because hand-edited files have them.
 */
import type { TranscriptSegment } from '../../domain/schemas/interview';
import {
  finishSegments,
  normaliseNewlines,
  parseClock,
  splitBlocks,
  splitSpeakerPrefix,
} from './transcriptLines';

const TIMESTAMP = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}`;
/** A cue timing line; cue settings after the end time ("align:start") are ignored. */
export const VTT_TIMING_LINE = new RegExp(
  String.raw`^[ \t]*(${TIMESTAMP})[ \t]*-->[ \t]*(${TIMESTAMP})(?:[ \t].*)?$`,
);
const HEADER = /^WEBVTT(?:[ \t]|$)/;
const NON_CUE_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

const VOICE_TAG = /<v(?:\.[^\s.>]+)*(?:[ \t]+([^>]*))?>/g;
// Only WebVTT's own tags (and inline timestamps) are markup; "<script>" in a cue is spoken text.
const VTT_TAG =
  /<\/?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s][^>]*)?>|<(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}>/g;

// A Map, not an object literal, so "&constructor;" cannot reach Object.prototype.
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  // A plain space: quotes and search should not trip over invisible no-break spaces.
  ['nbsp', ' '],
  ['lrm', ''],
  ['rlm', ''],
]);

function codePointText(code: number): string | null {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** One pass, so "&amp;lt;" becomes the literal text "&lt;" and not "<". */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi,
    (entity: string, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return codePointText(Number.parseInt(dec, 10)) ?? entity;
      if (hex !== undefined) return codePointText(Number.parseInt(hex, 16)) ?? entity;
      return NAMED_ENTITIES.get(name ?? '') ?? entity;
    },
  );
}

function cueText(markup: string): string {
  return decodeEntities(markup.replace(VTT_TAG, ''));
}

/** Splits a cue payload at its voice tags: [{ speaker, text }] in order. */
function voiceParts(payload: string): { speaker: string; text: string }[] {
  const voices = [...payload.matchAll(VOICE_TAG)];
  if (voices.length === 0) return [splitSpeakerPrefix(cueText(payload).trim())];
  const parts = [{ speaker: '', text: cueText(payload.slice(0, voices[0]?.index)) }];
  voices.forEach((voice, i) => {
    const from = voice.index + voice[0].length;
    const to = voices[i + 1]?.index ?? payload.length;
    const speaker = decodeEntities(voice[1] ?? '').trim();
    const text = cueText(payload.slice(from, to));
    const previous = parts[parts.length - 1];
    // "<v Ann>Hi</v> <v Ann>there</v>" is one speaker saying one thing.
    if (previous && previous.speaker === speaker) previous.text += ` ${text}`;
    else parts.push({ speaker, text });
  });
  return parts;
}

function parseCue(lines: readonly string[]): TranscriptSegment[] {
  // The timing line is first, or second after a cue identifier.
  const timingAt = lines.slice(0, 2).findIndex((line) => VTT_TIMING_LINE.test(line));
  if (timingAt === -1) return [];
  const timing = VTT_TIMING_LINE.exec(lines[timingAt] ?? '');
  const startMs = parseClock(timing?.[1] ?? '');
  const endMs = parseClock(timing?.[2] ?? '');
  const payload = lines.slice(timingAt + 1).join(' ');
  return voiceParts(payload).map((part) => ({ ...part, startMs, endMs }));
}

export function parseWebVtt(text: string): TranscriptSegment[] {
  const blocks = splitBlocks(normaliseNewlines(text));
  const pieces: TranscriptSegment[] = [];
  blocks.forEach((block, i) => {
    const lines = i === 0 && HEADER.test(block[0] ?? '') ? block.slice(1) : block;
    if (NON_CUE_BLOCK.test(lines[0] ?? '')) return;
    pieces.push(...parseCue(lines));
  });
  return finishSegments(pieces);
}
