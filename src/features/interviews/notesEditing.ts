/**
 * Pure helpers for the live-notes editor: which range of the notes a shortcut codes, what to
 * insert when a stamped line starts, and which keys are the coding shortcuts.
 */
import { currentLineRange, parseStamp, stampLine } from '../../domain/noteStamps';

export interface TextRange {
  start: number;
  end: number;
}

/** The range without the whitespace at either end, or null when nothing but whitespace is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  return to > from ? { start: from, end: to } : null;
}

/**
 * What a coding shortcut applies to: the selection if there is one, else the caret's line
 * without its "[mm:ss] " stamp (the stamp is when it was said, not what was said).
 */
export function quoteRangeInNotes(
  text: string,
  selectionStart: number,
  selectionEnd: number,
): TextRange | null {
  if (selectionEnd > selectionStart) return trimRange(text, selectionStart, selectionEnd);
  const line = currentLineRange(text, selectionStart);
  const lineText = text.slice(line.start, line.end);
  const parsed = parseStamp(lineText);
  const stampLength = parsed ? lineText.length - parsed.text.length : 0;
  return trimRange(text, line.start + stampLength, line.end);
}

/** What Enter inserts during a call: a line break and the stamp of the new line. */
export function stampedLineBreak(elapsedMs: number): string {
  return `\n${stampLine('', elapsedMs)}`;
}

/** What starting the call appends: a fresh stamped line, on its own line. */
export function stampedLineAtEnd(text: string, elapsedMs: number): string {
  const stamp = stampLine('', elapsedMs);
  if (text === '' || text.endsWith('\n')) return stamp;
  return `\n${stamp}`;
}

export interface ShortcutKey {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The physical key: "Digit3" on every layout, where `key` would be "£" with Option on a Mac. */
  code: string;
}

/**
 * Alt+1…Alt+9 pick pinned code 1…9. Not Ctrl or Cmd: Ctrl/Cmd+1…8 switch tabs in every major
 * browser. Where Alt+digit also switches tabs (Chrome on Linux), the page sees the key first and
 * the editor prevents the default while the notes or transcript have focus.
 */
export function pinnedShortcutIndex(key: ShortcutKey): number | null {
  if (!key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return null;
  const match = /^Digit([1-9])$/.exec(key.code);
  return match ? Number(match[1]) - 1 : null;
}

/** Alt+Q: quote the selection without coding it yet. */
export function isQuoteShortcut(key: ShortcutKey): boolean {
  return key.altKey && !key.ctrlKey && !key.metaKey && !key.shiftKey && key.code === 'KeyQ';
}

/** Alt+C: open the code picker on the last quote made here; Escape comes back to the text. */
export function isCodeShortcut(key: ShortcutKey): boolean {
  return key.altKey && !key.ctrlKey && !key.metaKey && !key.shiftKey && key.code === 'KeyC';
}

/**
 * Alt+A: tick the guide's next unasked question, linked to the current line. Alt+F (the
 * browser's menu on Windows and Linux) and Alt+1…9, Q, C (taken here) were not free.
 */
export function isTickShortcut(key: ShortcutKey): boolean {
  return key.altKey && !key.ctrlKey && !key.metaKey && !key.shiftKey && key.code === 'KeyA';
}

/** Alt+M: focus mode on and off (M for "maximise the notes"). */
export function isFocusShortcut(key: ShortcutKey): boolean {
  return key.altKey && !key.ctrlKey && !key.metaKey && !key.shiftKey && key.code === 'KeyM';
}

export const TICK_SHORTCUT_LABEL = 'Alt+A';
export const FOCUS_SHORTCUT_LABEL = 'Alt+M';
export const QUOTE_SHORTCUT_LABEL = 'Alt+Q';
export const CODE_SHORTCUT_LABEL = 'Alt+C';
export const pinnedShortcutLabel = (index: number) => `Alt+${index + 1}`;
