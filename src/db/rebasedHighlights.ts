import { rebaseAnchor } from '../domain/anchoring';
import type { Anchor, Highlight } from '../domain/schemas/highlight';

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.exact === b.exact &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix
  );
}

/**
 * Re-anchors the quotes on one source of an interview to its new text. A quote that can no longer
 * be found keeps its old anchor: the UI shows it as detached, and it re-attaches by itself if the
 * text comes back (an undo).
 */
export function rebasedHighlights(
  highlights: readonly Highlight[],
  source: Anchor['source'],
  text: string,
  now: string,
): Highlight[] {
  return highlights.flatMap((highlight) => {
    if (highlight.anchor.source !== source) return [];
    const anchor = rebaseAnchor(text, highlight.anchor);
    if (!anchor || sameAnchor(anchor, highlight.anchor)) return [];
    return [{ ...highlight, anchor, updatedAt: now }];
  });
}
