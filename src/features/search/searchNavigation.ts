import type { SearchGroup, SearchHit, SearchKind } from '../../search/searchIndex';

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  account: 'Accounts',
  note: 'Notes',
  transcript: 'Transcripts',
  quote: 'Quotes',
};

/** Where a hit opens: a quote opens its interview scrolled to it. */
export function hitHref(hit: SearchHit): string {
  if (hit.kind === 'account' || hit.interviewId === null) return `/accounts/${hit.accountId}`;
  const interview = `/interviews/${encodeURIComponent(hit.interviewId)}`;
  return hit.kind === 'quote' && hit.highlightId
    ? `${interview}?quote=${encodeURIComponent(hit.highlightId)}`
    : interview;
}

/** The hits in the order the arrow keys walk them: group by group, as shown. */
export function flattenHits(groups: readonly SearchGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.hits);
}

export type SearchKeyAction =
  { type: 'move'; index: number } | { type: 'open'; index: number } | { type: 'close' };

/**
 * What a key does in the search box. The arrows wrap, as in the platform's own pop-ups; Enter
 * with nothing highlighted opens the best hit, which is what a user who typed and pressed Enter
 * is after.
 */
export function searchKeyAction(
  key: string,
  active: number,
  count: number,
  open: boolean,
): SearchKeyAction | null {
  if (key === 'Escape') return open ? { type: 'close' } : null;
  if (count === 0) return null;
  if (key === 'ArrowDown') return { type: 'move', index: open ? (active + 1) % count : 0 };
  if (key === 'ArrowUp') return { type: 'move', index: active <= 0 ? count - 1 : active - 1 };
  if (key === 'Enter' && open) return { type: 'open', index: Math.max(active, 0) };
  return null;
}

/** The "/" shortcut must not steal the character from a field the user is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}
