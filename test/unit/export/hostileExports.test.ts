// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accountsScoresCsv } from '../../../src/export/accountsScoresCsv';
import { icpMarkdown } from '../../../src/export/icpMarkdown';
import { foldedText } from '../../../src/export/markdownText';
import { icpSlide } from '../../../src/export/icpSlide';
import { slideContent } from '../../../src/export/slideContent';
import { derivePersonas } from '../../../src/domain/icp/personas';
import { account, code, interview, quote } from '../synthesis/builders';
import { trait } from '../icp/builders';
import { parseHtml, RENDERERS } from './renderMarkdown';

/** Raw HTML, Markdown links and images, autolinks and block syntax, with line breaks inside. */
const HOSTILE = [
  '<img src=x onerror="window.__ran=1">',
  '<script>window.__ran=1</script>',
  '[y](javascript:window.__ran=1)',
  '<a href="javascript:window.__ran=1">a</a>',
  '![i](x" onerror="window.__ran=1)',
  '<javascript:window.__ran=1>',
  '# heading\n> quote\n- item\n1. item\n```\ncode',
  'www.evil.example me@evil.example https://evil.example',
];
const ALL = HOSTILE.join(' ');

describe('the Markdown brief with hostile text in every user field', () => {
  const accounts = [account('p', 'power_user', { name: ALL })];
  const highlights = [
    quote('q', interview('i', 'p'), ['c', 'g'], {
      anchor: { exact: ALL, prefix: '', suffix: '', start: 0, end: 1, source: 'notes' },
      speaker: ALL,
    }),
  ];
  const at = '2026-02-01T00:00:00.000Z';
  const brief = icpMarkdown(
    {
      number: 1,
      status: 'draft',
      isLines: HOSTILE,
      isNotLines: HOSTILE,
      exclusions: HOSTILE,
      frozenAt: null,
      signOffs: [{ name: ALL, role: ALL, decision: 'approve', comment: ALL, at }],
    },
    [trait('t', { name: ALL, weight: 5, codeIds: ['c'] })],
    highlights,
    accounts,
    null,
    {
      personas: derivePersonas({
        accounts,
        contacts: [{ accountId: 'p', name: ALL, title: ALL, buyingRole: 'champion' }],
        highlights,
        codes: [code('c', 'pain_point', ALL), code('g', 'outcome', ALL)],
      }),
      findings: [{ finding: { statement: ALL, status: 'accepted' }, evidence: '1 quote' }],
    },
  );

  it.each(RENDERERS)('renders with %s as the brief’s own structure and the text', (_, render) => {
    const { body, tags, attributes } = parseHtml(render(brief));
    expect(new Set(tags)).toEqual(new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'blockquote']));
    expect(attributes).toEqual([]);
    const items = [...body.querySelectorAll('li')].map((li) => li.textContent);
    const all = foldedText(ALL);
    expect(items).toEqual([
      `${all} (${all}): Approved on 2026-02-01 — “${all}”`,
      ...[...HOSTILE, ...HOSTILE, ...HOSTILE].map(foldedText),
      'Evidence: 1 account, 1 quote (small sample)',
      `Titles seen: ${all} (1)`,
      `Goals: ${all} (1 account)`,
      `Pains: ${all} (1 account)`,
      `${all} (accepted; 1 quote)`,
    ]);
    expect(body.querySelector('h3')?.textContent).toBe(
      `${foldedText(ALL)} (+5, must-have, firmographic)`,
    );
    expect(body.querySelector('blockquote')?.textContent?.trim()).toBe(
      `“${foldedText(ALL)}” — ${foldedText(ALL)}`,
    );
  });
});

describe('the scores CSV', () => {
  it('guards every cell that a spreadsheet would read as a formula, line breaks included', () => {
    const names = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("x")\nAcme'];
    const csv = accountsScoresCsv(
      [...names.map((name, i) => account(`a${i}`, null, { name })), account('z', null)],
      [
        {
          accountId: 'z',
          cohort: 'unassigned',
          score: 1,
          matched: [],
          excluded: false,
          reasons: ['=1+1\nsecond line'],
        },
      ],
    );
    const rows = Papa.parse<string[]>(csv).data.slice(1);
    const guarded = rows.flatMap((row) => row).filter((cell) => /^'/.test(cell));
    expect(guarded.sort()).toEqual(
      [...names, '=1+1\nsecond line'].map((cell) => `'${cell}`).sort(),
    );
    expect(rows.flatMap((row) => row).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

describe('the slide', () => {
  /** The slide's XML: pptxgenjs stores the zip uncompressed, so it is readable in the bytes. */
  async function slideXml(blob: Blob): Promise<{ zip: string; slide: string }> {
    const zip = new TextDecoder().decode(await blob.arrayBuffer());
    return { zip, slide: /<p:sld [\s\S]*?<\/p:sld>/.exec(zip)?.[0] ?? '' };
  }

  it('is well-formed XML with the text as text, no link, and no control characters', async () => {
    const blob = await icpSlide(
      slideContent({
        version: {
          number: 1,
          status: 'draft',
          isLines: ['<b>bold</b> & https://evil.example', 'bell\x07 tab\x0b end\0'],
          isNotLines: ['javascript:window.__ran=1', 'lone \ud800 surrogate \uffff'],
          exclusions: [],
        },
        traits: [trait('t', { name: '=HYPERLINK("https://evil.example")\x01', weight: 5 })],
      }),
    );
    const { zip, slide } = await slideXml(blob);
    expect(slide).not.toBe('');
    const doc = new DOMParser().parseFromString(slide, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const texts = [...doc.getElementsByTagName('a:t')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        '• <b>bold</b> & https://evil.example',
        '• bell tab end',
        '• javascript:window.__ran=1',
        '• lone surrogate',
        '=HYPERLINK("https://evil.example")',
        '+5',
      ]),
    );
    expect(zip).not.toMatch(/hlinkClick|relationships\/hyperlink/);
  });
});
