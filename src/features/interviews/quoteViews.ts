/**
 * The quotes of one interview as the side panel lists them. Positions are resolved at render time
 * against the text on screen (resolveAnchor), so the panel follows typing before the save lands;
 * the saved anchors are rebased on every notes save (interviewsRepo.updateNotes).
 */
import { resolveAnchor } from '../../domain/anchoring';
import type { Code } from '../../domain/schemas/code';
import type { Highlight } from '../../domain/schemas/highlight';
import type { Trait } from '../../domain/schemas/trait';

export interface QuoteView {
  highlight: Highlight;
  /** False when the quoted text is gone from its source; the quote is kept and shown as such. */
  attached: boolean;
  start: number;
  end: number;
  /** The text as it stands now, or the original text when detached. */
  text: string;
  codes: Code[];
  traits: Trait[];
}

export function quoteViews(
  highlights: readonly Highlight[],
  texts: { notes: string; transcript: string },
  codes: readonly Code[],
  traits: readonly Trait[],
): QuoteView[] {
  const codeById = new Map(codes.map((c) => [c.id, c]));
  const traitById = new Map(traits.map((t) => [t.id, t]));
  const views = highlights.map((highlight): QuoteView => {
    const text = texts[highlight.anchor.source];
    const resolved = resolveAnchor(text, highlight.anchor);
    return {
      highlight,
      attached: resolved !== null,
      start: resolved?.start ?? highlight.anchor.start,
      end: resolved?.end ?? highlight.anchor.end,
      text: resolved ? text.slice(resolved.start, resolved.end) : highlight.anchor.exact,
      codes: highlight.codeIds.flatMap((id) => codeById.get(id) ?? []),
      traits: highlight.traitIds.flatMap((id) => traitById.get(id) ?? []),
    };
  });
  // Notes first, then transcript, each in reading order; detached quotes after the attached.
  const rank = (v: QuoteView) =>
    (v.highlight.anchor.source === 'notes' ? 0 : 2) + (v.attached ? 0 : 1);
  return views.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
}

/** A quote on exactly this range already, so coding a line twice adds a code, not a duplicate. */
export function quoteAt(
  views: readonly QuoteView[],
  source: Highlight['anchor']['source'],
  start: number,
  end: number,
): QuoteView | undefined {
  return views.find(
    (v) => v.attached && v.highlight.anchor.source === source && v.start === start && v.end === end,
  );
}
