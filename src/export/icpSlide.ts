/**
 * The one-slide ICP (DOMAIN.md §5), 16:9: IS / IS NOT and exclusions on the left, the weighted
 * traits with their evidence on the right, separation in words across the top, personas and
 * the base at the foot. What it says is decided in slideContent; this only draws it.
 * pptxgenjs is large, so it is imported only when someone asks for the slide. Text is never a
 * hyperlink: only an explicit `hyperlink` option makes one, and none is passed.
 */
import type PptxGenJS from 'pptxgenjs';
import type { SlideContent } from './slideContent';

const INK = '1F2937';
const MUTED = '4B5563';
const GREEN = '1B7F3B';
const RED = 'B42318';
const FONT = 'Arial';
/** Inches per line of 12 pt text with its spacing, and per trait row. */
const LINE_H = 0.27;
const ROW_H = 0.34;

type Slide = ReturnType<PptxGenJS['addSlide']>;
type Box = { x: number; y: number; w: number; h: number };

const bullets = (lines: readonly string[]) => lines.map((line) => `• ${line}`).join('\n');

function heading(slide: Slide, text: string, box: Box, color: string) {
  slide.addText(text, { ...box, fontFace: FONT, fontSize: 15, bold: true, color, margin: 0 });
}

function list(slide: Slide, lines: readonly string[], box: Box) {
  slide.addText(bullets(lines), {
    ...box,
    fontFace: FONT,
    fontSize: 12,
    color: INK,
    valign: 'top',
    margin: 0,
    paraSpaceAfter: 3,
  });
}

function traitsTable(slide: Slide, content: SlideContent, box: Box) {
  const cell = (text: string, options: PptxGenJS.TableCellProps = {}) => ({ text, options });
  const rows = content.traits.map((row) => [
    // The weight has its own right-aligned column, so it can never wrap away from its trait.
    cell(row.weight, {
      align: 'right',
      bold: true,
      color: row.weight.startsWith('+') ? GREEN : RED,
    }),
    cell(row.disqualifier ? `${row.name} · disqualifier` : row.name, {
      color: row.disqualifier ? RED : INK,
    }),
    cell(row.evidence, { color: MUTED, fontSize: 10 }),
  ]);
  if (rows.length === 0) rows.push([cell(''), cell('No traits yet'), cell('')]);
  slide.addTable(rows, {
    x: box.x,
    y: box.y,
    w: box.w,
    colW: [0.6, 3.3, box.w - 3.9],
    rowH: ROW_H,
    fontFace: FONT,
    fontSize: 12,
    valign: 'middle',
    margin: [0, 0.06, 0, 0.06],
    border: { type: 'solid', pt: 0.5, color: 'D1D5DB' },
  });
}

/**
 * Takes the content already decided, so this chunk shares no module with the page: a shared
 * one is split into a chunk of its own that can run before zod is configured.
 */
export async function icpSlide(content: SlideContent): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  const slide = pptx.addSlide();
  const text = { fontFace: FONT, margin: 0 };
  slide.addText(content.title, {
    ...text,
    x: 0.5,
    y: 0.3,
    w: 12.33,
    h: 0.55,
    fontSize: 26,
    bold: true,
    color: INK,
  });
  slide.addText(content.status, {
    ...text,
    x: 0.5,
    y: 0.85,
    w: 12.33,
    h: 0.3,
    fontSize: 12,
    color: MUTED,
  });
  if (content.separation !== '') {
    slide.addText(content.separation, {
      ...text,
      x: 0.5,
      y: 1.25,
      w: 12.33,
      h: 0.45,
      fontSize: 13,
      color: '1E3A8A',
      fill: { color: 'EEF4FF' },
      margin: [0, 8, 0, 8],
      valign: 'middle',
    });
  }
  // The left column stacks its lists by their length, so a short one leaves no hole.
  let y = 1.9;
  for (const [title, lines, color] of [
    ['ICP IS', content.isLines, GREEN],
    ['ICP IS NOT', content.isNotLines, RED],
    ['Exclusions', content.exclusions, MUTED],
  ] as const) {
    heading(slide, title, { x: 0.5, y, w: 5.9, h: 0.32 }, color);
    const h = lines.length * LINE_H + 0.1;
    list(slide, lines, { x: 0.5, y: y + 0.37, w: 5.9, h });
    y += 0.37 + h + 0.2;
  }
  heading(slide, 'Traits · weight · evidence', { x: 6.75, y: 1.9, w: 6.08, h: 0.32 }, INK);
  traitsTable(slide, content, { x: 6.75, y: 2.27, w: 6.08, h: 2.8 });
  if (content.personas.length) {
    const top = 2.27 + Math.max(content.traits.length, 1) * ROW_H + 0.3;
    heading(slide, 'Personas', { x: 6.75, y: top, w: 6.08, h: 0.32 }, INK);
    list(slide, content.personas, {
      x: 6.75,
      y: top + 0.37,
      w: 6.08,
      h: content.personas.length * LINE_H + 0.1,
    });
  }
  slide.addText(content.base, {
    ...text,
    x: 0.5,
    y: 6.95,
    w: 12.33,
    h: 0.3,
    fontSize: 10,
    color: MUTED,
  });
  const blob = await pptx.write({ outputType: 'blob' });
  // write() is typed as a union of every output type; 'blob' yields a Blob.
  return blob as Blob;
}
