// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedText, markdownLink, markdownText } from '../../../src/export/markdownText';
import { parseHtml, RENDERERS } from './renderMarkdown';

/** Pieces of Markdown, HTML and URL syntax, so that random strings hit the rules often. */
const PIECES = [
  '<',
  '>',
  '&',
  '#',
  '*',
  '_',
  '`',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '\\',
  '|',
  ':',
  '/',
  '@',
  '.',
  '-',
  '+',
  '=',
  '"',
  "'",
  '{',
  '}',
  '$',
  '^',
  '1',
  '10',
  'a',
  ' ',
  '    ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\0',
  '\x01',
  '\x1b',
  '\x7f',
  'www',
  'WWW.',
  'www.',
  'http',
  'https://',
  'ftp://',
  'mailto:',
  'xmpp:',
  'javascript:',
  'example.com',
  'me@example.com',
  'img src=x onerror=',
  'script',
  'amp;',
  '#65;',
  'lt;',
  '---',
  '```',
  '[ ]',
  '[^1]',
];
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const anyText = fc.oneof(
  markdownish,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** What each renderer shows for `markdown` as a whole document. */
function shown(markdown: string) {
  return RENDERERS.map(([name, render]) => {
    const html = parseHtml(render(markdown));
    return {
      name,
      tags: html.tags,
      attributes: html.attributes,
      text: html.body.querySelector('p')?.textContent ?? '',
      links: [...html.body.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  });
}

/** The payloads a tester placed in the brief: 10 ran on load and 1 on click, under marked. */
const HOSTILE = [
  '<img src=x onerror="window.__ran=1">',
  '<script>window.__ran=1</script>',
  '[y](javascript:window.__ran=1)',
  '<a href="javascript:window.__ran=1">a</a>',
  '![i](x" onerror="window.__ran=1)',
  '<javascript:window.__ran=1>',
  '<svg onload=window.__ran=1>',
  '[y]: javascript:window.__ran=1\n\n[y]',
  '<details open ontoggle=window.__ran=1>',
  '&lt;img src=x onerror=window.__ran=1&gt;',
];

describe('markdownText', () => {
  it.each(HOSTILE)('shows %j as text in both renderers', (payload) => {
    for (const { name, tags, attributes, text } of shown(markdownText(payload))) {
      expect({ name, tags, attributes, text }).toEqual({
        name,
        tags: ['p'],
        attributes: [],
        text: foldedText(payload),
      });
    }
  });

  it.each([
    'www.evil.example',
    'wwww.evil.example',
    'https://evil.example',
    'ftp://evil.example',
    'me@evil.example',
    'mailto:me@evil.example',
    'xmpp:me@evil.example',
  ])('leaves %j, a GFM autolink without markup, unlinked', (text) => {
    for (const { links, text: shownText } of shown(markdownText(text))) {
      expect(links).toEqual([]);
      expect(shownText).toBe(text);
    }
  });

  it('neutralises block syntax at the start of a value, as a list item’s text would be', () => {
    for (const line of [
      '# h',
      '> q',
      '- l',
      '+ l',
      '* l',
      '1. o',
      '12) o',
      '---',
      '***',
      '```js',
    ]) {
      const inItem = shown(`- ${markdownText(line)}`);
      for (const { tags } of inItem) expect(tags).toEqual(['ul', 'li']);
    }
  });

  it('leaves ordinary words, numbers and inner hyphens as they are', () => {
    expect(markdownText('B2B SaaS teams of 51-500 people')).toBe('B2B SaaS teams of 51-500 people');
    expect(markdownText('4+ integrations, 20% growth; “quotes” — fine?')).toBe(
      '4+ integrations, 20% growth; “quotes” — fine?',
    );
  });

  it('folds line breaks and whitespace runs to one space and drops control characters', () => {
    expect(foldedText('  a\n\n- b\r\n\tc\u00a0 d\0e\x1bf  ')).toBe('a - b c def');
    // Folded, the heading marker is mid-line, where it means nothing.
    expect(markdownText('line one\n# line two')).toBe('line one # line two');
  });

  it('is shown as exactly its folded text, with no element but the paragraph (property)', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const folded = foldedText(input);
        for (const { name, tags, attributes, text } of shown(markdownText(input))) {
          expect({ name, tags, attributes, text }).toEqual({
            name,
            tags: folded === '' ? [] : ['p'],
            attributes: [],
            text: folded,
          });
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('markdownLink', () => {
  it('links an http(s) URL, with the label as text', () => {
    for (const { links, text, tags } of shown(
      markdownLink('*Acme* <b>', 'https://acme.example/a b?x=1&y=(2)'),
    )) {
      expect(tags).toEqual(['p', 'a']);
      expect(links).toEqual(['https://acme.example/a%20b?x=1&y=(2)']);
      expect(text).toBe('*Acme* <b>');
    }
  });

  it.each([
    'javascript:window.__ran=1',
    'JavaScript:window.__ran=1',
    ' \tjavascript:window.__ran=1',
    'java\nscript:window.__ran=1',
    'data:text/html,<script>window.__ran=1</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/relative',
    'not a url',
    '',
  ])('writes the label alone for %j', (url) => {
    expect(markdownLink('[y]', url)).toBe('\\[y\\]');
  });

  it('never links anything but http(s), whatever the URL (property)', () => {
    const url = fc.oneof(
      fc.webUrl(),
      anyText,
      anyText.map((t) => `javascript:${t}`),
    );
    fc.assert(
      fc.property(anyText, url, (label, href) => {
        const web = URL.canParse(href) && /^https?:$/.test(new URL(href).protocol);
        for (const { tags, links, text } of shown(markdownLink(label, href))) {
          expect(links).toHaveLength(web ? 1 : 0);
          for (const link of links) expect(new URL(link ?? '').protocol).toMatch(/^https?:$/);
          expect(tags.filter((tag) => tag !== 'p' && tag !== 'a')).toEqual([]);
          expect(text).toBe(foldedText(label));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
