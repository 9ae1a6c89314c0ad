/**
 * The two renderers the brief is checked against, with default options (marked passes raw
 * HTML through; markdown-it does not), and what a browser would make of their output.
 * Callers run in the jsdom environment, for the HTML parser.
 */
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';

const markdownIt = new MarkdownIt();
const marked = new Marked();

export const RENDERERS: readonly (readonly [string, (markdown: string) => string])[] = [
  ['markdown-it', (markdown) => markdownIt.render(markdown)],
  ['marked', (markdown) => marked.parse(markdown, { async: false })],
];

export interface RenderedHtml {
  body: DocumentFragment;
  /** Tag names of every element in the body, lower case, in document order. */
  tags: string[];
  /** `tag[attribute=value]` for every attribute of every element. */
  attributes: string[];
}

export function parseHtml(html: string): RenderedHtml {
  // A template parses as a body would, without a new document per call (jsdom makes those slowly).
  const template = document.createElement('template');
  template.innerHTML = html;
  const body = template.content;
  const elements = [...body.querySelectorAll('*')];
  return {
    body,
    tags: elements.map((el) => el.tagName.toLowerCase()),
    attributes: elements.flatMap((el) =>
      [...el.attributes].map((a) => `${el.tagName.toLowerCase()}[${a.name}=${a.value}]`),
    ),
  };
}
