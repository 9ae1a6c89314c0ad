import type { Snippet } from '../../search/searchIndex';

/** Rendered as text nodes: a snippet is user text and may hold anything, markup included. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <span className="search-snippet">
      {snippet.before}
      {snippet.match && <mark>{snippet.match}</mark>}
      {snippet.after}
    </span>
  );
}
