/**
 * User text written into Markdown so that any CommonMark renderer (GFM included) shows it as
 * the same text: no raw HTML, no link, image, emphasis, code, table, heading, list or quote.
 * A brief is pasted into wikis and chat tools that render Markdown, often with raw HTML on,
 * so an account name like `<img src=x onerror=…>` must stay words.
 *
 * What the reader sees is the input with control characters dropped (a renderer or the HTML
 * parser would drop or replace some of them anyway) and every run of whitespace, line breaks
 * included, folded to one space, ends trimmed: a line break inside a value would end the list
 * item, heading or quote it sits in and let the rest start a block of its own.
 */

/** Control characters but the whitespace ones (tab, line breaks), which are folded instead. */
const CONTROLS = /(?!\s)\p{Cc}/gu;

/**
 * Everywhere in a value: `<` `>` `&` become entities (even renderers older than CommonMark
 * decode those), and the inline syntax is backslash-escaped: code, emphasis, strikethrough,
 * link brackets, the three GFM autolinks, which need no markup at all (`scheme://`, `www.`,
 * `name@host`), table pipes, and the braces of attribute plugins (markdown-it-attrs allows
 * `{onclick=…}` unless configured otherwise).
 */
const INLINE = /[\\`*_~[\]{}|<>&@]|:(?=\/\/)|(?<=www)\./gi;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * At the start of a value, which may be the start of a line (a list item's text): a heading,
 * a list marker or an ordered-list number. `>` (quote) and `*` `_` `~` `` ` `` (thematic breaks,
 * fences) are already escaped by INLINE.
 */
const BLOCK_START = /^(?:[#+-]|\d+[.)])/;

/** What the reader of the rendered Markdown sees of `text`: see the module comment. */
export function foldedText(text: string): string {
  return text.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}

export function markdownText(text: string): string {
  return foldedText(text)
    .replace(INLINE, (c) => ENTITIES[c] ?? `\\${c}`)
    .replace(BLOCK_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/**
 * A link only when `url` is http(s); anything else (`javascript:`, `data:`, relative, not a URL)
 * is the label as plain text, so no scheme a renderer forgets to block can reach a reader.
 */
export function markdownLink(label: string, url: string): string {
  const text = markdownText(label);
  if (!URL.canParse(url)) return text;
  const { protocol, href } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return text;
  // The URL serialiser already percent-encodes spaces, `<` and `>`; inside `<…>` the only other
  // characters a renderer reads are backslash escapes and entity references.
  return `[${text}](<${href.replace(/[\\&]/g, '\\$&')}>)`;
}
