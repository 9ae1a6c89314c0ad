/**
 * Re-attaching quotes to notes or transcripts after the text around them was edited.
 *
 * An anchor is a W3C-style text-quote selector (exact text plus up to 32 characters of context
 * either side) with the offsets it had when made. Resolving tries the stored offsets first, then
 * every occurrence of the exact text, ranked by how much surrounding context still matches and,
 * on a tie, by closeness to the old offsets. If the exact text is gone, one cheap fallback is
 * tried: the same text with runs of whitespace treated as equal (a re-wrapped line). Anything
 * else returns null, and the UI shows the quote as detached instead of guessing.
 *
 * Offsets are UTF-16 indexes into the text (for transcripts, into transcriptText(segments)).
 */
import type { Anchor } from './schemas/highlight';

export const ANCHOR_CONTEXT_LENGTH = 32;
/** Mirrors anchorSchema's limit on `exact`, so a quote that is too long is refused up front. */
export const MAX_QUOTE_LENGTH = 20_000;

export interface ResolvedAnchor {
  start: number;
  end: number;
  /** False when found only by the whitespace-insensitive fallback. */
  exact: boolean;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Context that does not begin or end in half a surrogate pair (half an emoji). */
function contextBefore(text: string, start: number): string {
  let from = Math.max(0, start - ANCHOR_CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text, from)) from += 1;
  return text.slice(from, start);
}

function contextAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + ANCHOR_CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text, to)) to -= 1;
  return text.slice(end, to);
}

/** Throws a RangeError for an empty, reversed, out-of-range or overlong selection. */
export function createAnchor(
  text: string,
  start: number,
  end: number,
  source: Anchor['source'],
): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`Quote range ${start}..${end} is outside the text.`);
  }
  if (end <= start) throw new RangeError('A quote needs some text.');
  if (end - start > MAX_QUOTE_LENGTH) {
    throw new RangeError(`A quote can be at most ${MAX_QUOTE_LENGTH} characters.`);
  }
  return {
    exact: text.slice(start, end),
    prefix: contextBefore(text, start),
    suffix: contextAfter(text, end),
    start,
    end,
    source,
  };
}

/** How many characters of the stored context still sit next to a match, from the match outward. */
function contextScore(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  let before = 0;
  while (
    before < prefix.length &&
    start - before > 0 &&
    text[start - before - 1] === prefix[prefix.length - before - 1]
  ) {
    before += 1;
  }
  let after = 0;
  while (
    after < suffix.length &&
    end + after < text.length &&
    text[end + after] === suffix[after]
  ) {
    after += 1;
  }
  return before + after;
}

interface Needle {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote used to start, in the haystack's coordinates. */
  near: number;
}

/** The best occurrence of needle.exact in haystack, or null when there is none. */
function bestOccurrence(haystack: string, needle: Needle): number | null {
  let best: { at: number; score: number; distance: number } | null = null;
  for (
    let at = haystack.indexOf(needle.exact);
    at !== -1;
    at = haystack.indexOf(needle.exact, at + 1)
  ) {
    const score = contextScore(
      haystack,
      at,
      at + needle.exact.length,
      needle.prefix,
      needle.suffix,
    );
    const distance = Math.abs(at - needle.near);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { at, score, distance };
    }
  }
  return best?.at ?? null;
}

/** Text with every whitespace run as one space, and where each of its characters came from. */
function collapseWhitespace(text: string): { text: string; origins: number[] } {
  const origins: number[] = [];
  let copied = 0;
  for (const run of text.matchAll(/\s+/g)) {
    for (let i = copied; i < run.index; i += 1) origins.push(i);
    origins.push(run.index);
    copied = run.index + run[0].length;
  }
  for (let i = copied; i < text.length; i += 1) origins.push(i);
  origins.push(text.length);
  return { text: text.replace(/\s+/g, ' '), origins };
}

function resolveIgnoringWhitespace(text: string, anchor: Anchor): ResolvedAnchor | null {
  const exact = collapseWhitespace(anchor.exact).text;
  if (exact.trim() === '') return null;
  const haystack = collapseWhitespace(text);
  const nearIndex = haystack.origins.findIndex((origin) => origin >= anchor.start);
  const at = bestOccurrence(haystack.text, {
    exact,
    prefix: collapseWhitespace(anchor.prefix).text,
    suffix: collapseWhitespace(anchor.suffix).text,
    near: nearIndex === -1 ? haystack.text.length : nearIndex,
  });
  if (at === null) return null;
  const start = haystack.origins[at];
  const end = haystack.origins[at + exact.length];
  return start === undefined || end === undefined ? null : { start, end, exact: false };
}

/** Where the anchored quote is in `text` now, or null when it can no longer be found. */
export function resolveAnchor(text: string, anchor: Anchor): ResolvedAnchor | null {
  const { exact, prefix, suffix, start, end } = anchor;
  const stillInPlace = text.slice(start, end) === exact;
  // The common case (nothing changed around the quote) costs one comparison, not a scan.
  if (
    stillInPlace &&
    contextScore(text, start, end, prefix, suffix) === prefix.length + suffix.length
  ) {
    return { start, end, exact: true };
  }
  const at = bestOccurrence(text, { exact, prefix, suffix, near: start });
  if (at !== null) return { start: at, end: at + exact.length, exact: true };
  return resolveIgnoringWhitespace(text, anchor);
}

/** The anchor re-made at its resolved position in `text` (fresh context), or null if detached. */
export function rebaseAnchor(text: string, anchor: Anchor): Anchor | null {
  const resolved = resolveAnchor(text, anchor);
  if (!resolved) return null;
  // Whitespace matching can stretch a quote (a space became a blank line); one stretched past
  // the schema's limit cannot be stored, so it counts as detached rather than throwing.
  if (resolved.end - resolved.start > MAX_QUOTE_LENGTH) return null;
  return createAnchor(text, resolved.start, resolved.end, anchor.source);
}
