/**
 * Maps a DOM selection in the rendered transcript to offsets into transcriptText(segments). Each
 * segment's text sits in an element carrying `data-segment-start` (its offset in that string);
 * speaker names and times sit outside those elements, so a selection that sweeps over them only
 * takes the spoken text, and the '\n' between segments comes from the offsets, not the DOM.
 */
import type { TextRange } from './notesEditing';

export const SEGMENT_START_ATTRIBUTE = 'data-segment-start';

function offsetWithin(element: Element, node: Node, offset: number): number {
  const range = element.ownerDocument.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function transcriptRangeOffsets(container: Element, range: Range): TextRange | null {
  let start: number | null = null;
  let end: number | null = null;
  for (const element of container.querySelectorAll(`[${SEGMENT_START_ATTRIBUTE}]`)) {
    if (!range.intersectsNode(element)) continue;
    const base = Number(element.getAttribute(SEGMENT_START_ATTRIBUTE));
    if (!Number.isInteger(base)) continue;
    const length = element.textContent?.length ?? 0;
    const from = element.contains(range.startContainer)
      ? offsetWithin(element, range.startContainer, range.startOffset)
      : 0;
    const to = element.contains(range.endContainer)
      ? offsetWithin(element, range.endContainer, range.endOffset)
      : length;
    if (to <= from) continue;
    start ??= base + from;
    end = base + to;
  }
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** The current document selection inside `container`, as transcript offsets. */
export function currentTranscriptSelection(container: Element): TextRange | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer) && !range.intersectsNode(container)) {
    return null;
  }
  return transcriptRangeOffsets(container, range);
}

function boundary(container: Element, offset: number): { node: Node; offset: number } | null {
  let found: { element: Element; base: number } | null = null;
  for (const element of container.querySelectorAll(`[${SEGMENT_START_ATTRIBUTE}]`)) {
    const base = Number(element.getAttribute(SEGMENT_START_ATTRIBUTE));
    if (base > offset) break;
    found = { element, base };
  }
  if (!found) return null;
  const textNode = found.element.firstChild;
  if (!textNode) return { node: found.element, offset: 0 };
  const length = textNode.textContent?.length ?? 0;
  return { node: textNode, offset: Math.min(offset - found.base, length) };
}

/** Selects a transcript range on screen and scrolls it into view ("Show in transcript"). */
export function selectTranscriptRange(container: Element, start: number, end: number): boolean {
  const from = boundary(container, start);
  const to = boundary(container, end);
  const selection = container.ownerDocument.getSelection();
  if (!from || !to || !selection) return false;
  const range = container.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  (from.node.parentElement ?? container).scrollIntoView?.({ block: 'center' });
  return true;
}

// Moved to the domain layer, where the repository attributes quotes with it too.
export { segmentIndexAt } from '../../domain/speakerAttribution';
