/**
 * Elapsed-time stamps in live notes: a line typed 4 min 12 s into a call is stored as
 * "[04:12] line" in the plain-text notes, so the stamp survives copy-paste, export and backup
 * with no side table. The caller measures elapsed time (domain code reads no clock).
 */

export interface ParsedStamp {
  elapsedMs: number;
  /** The line without its stamp. */
  text: string;
}

export interface LineRange {
  start: number;
  /** Exclusive, and before the line break (and any '\r' in front of it). */
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "04:12" under an hour, "1:02:03" from an hour on. Negative or non-finite input reads 00:00. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

// [mm:ss] or [h:mm:ss]; minutes may pass 59 in the short form, as hand-typed stamps do.
const STAMP = /^\[(?:(\d{1,3}):([0-5]\d)|(\d{1,4})):([0-5]\d)\] ?/;

/** The stamp at the start of a line, or null when the line has none. */
export function parseStamp(line: string): ParsedStamp | null {
  const match = STAMP.exec(line);
  if (!match) return null;
  const [stamp, hours, longMinutes, shortMinutes, seconds] = match;
  const minutes = Number(hours ?? 0) * 60 + Number(longMinutes ?? shortMinutes);
  return {
    elapsedMs: (minutes * 60 + Number(seconds)) * 1000,
    text: line.slice(stamp.length),
  };
}

/** "[04:12] line". A line that already has a stamp keeps it, so stamping twice is harmless. */
export function stampLine(line: string, elapsedMs: number): string {
  return parseStamp(line) ? line : `[${formatElapsed(elapsedMs)}] ${line}`;
}

/** The line the caret is on; the caret is clamped into the text. */
export function currentLineRange(text: string, caret: number): LineRange {
  const at = Math.min(Math.max(0, Math.trunc(caret) || 0), text.length);
  // lastIndexOf treats a negative fromIndex as 0, which would find a '\n' at index 0.
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  let end = newline === -1 ? text.length : newline;
  if (end > start && text[end - 1] === '\r') end -= 1;
  return { start, end };
}
