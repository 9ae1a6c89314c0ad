/**
 * The one-slide ICP (DOMAIN.md §5): IS / IS NOT and the top traits. pptxgenjs is large, so
 * it is imported only when someone asks for the slide.
 */
import type { IcpVersion } from '../domain/schemas/icpVersion';
import type { Trait } from '../domain/schemas/trait';

export const SLIDE_TRAITS = 5;

const signed = (weight: number) => (weight > 0 ? `+${weight}` : String(weight));

/** Every character but those XML 1.0 allows (controls, lone surrogates, U+FFFE, U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * pptxgenjs escapes `<` and `&` but writes control characters as they are, and PowerPoint
 * will not open a slide holding one. A line break inside a value would start a line without
 * its bullet, so whitespace is folded. Text is never a hyperlink: only an explicit
 * `hyperlink` option makes one, and none is passed.
 */
const slideText = (text: string) => text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();

const bullets = (lines: readonly string[]) =>
  (lines.length ? lines : ['None yet']).map((line) => `• ${slideText(line)}`).join('\n');

export function topTraits(traits: readonly Trait[], n = SLIDE_TRAITS): Trait[] {
  return [...traits]
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
    .slice(0, n);
}

export async function icpSlide(
  version: Pick<IcpVersion, 'number' | 'isLines' | 'isNotLines'> &
    Partial<Pick<IcpVersion, 'frozenAt'>>,
  traits: readonly Trait[],
): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const slide = pptx.addSlide();
  // The date tells a reader of a forwarded slide which signed-off version it is.
  const signedOn = version.frozenAt ? ` (signed off ${version.frozenAt.slice(0, 10)})` : '';
  slide.addText(`Ideal Customer Profile — v${version.number}${signedOn}`, {
    x: 0.5,
    y: 0.3,
    w: 12.3,
    h: 0.7,
    fontSize: 28,
    bold: true,
  });
  slide.addText('ICP IS', {
    x: 0.5,
    y: 1.1,
    w: 6,
    h: 0.5,
    fontSize: 18,
    bold: true,
    color: '1B7F3B',
  });
  slide.addText(bullets(version.isLines), {
    x: 0.5,
    y: 1.6,
    w: 6,
    h: 2.6,
    fontSize: 14,
    valign: 'top',
  });
  slide.addText('ICP IS NOT', {
    x: 6.9,
    y: 1.1,
    w: 6,
    h: 0.5,
    fontSize: 18,
    bold: true,
    color: 'B42318',
  });
  slide.addText(bullets(version.isNotLines), {
    x: 6.9,
    y: 1.6,
    w: 6,
    h: 2.6,
    fontSize: 14,
    valign: 'top',
  });
  slide.addText('Top traits', { x: 0.5, y: 4.4, w: 12.3, h: 0.5, fontSize: 18, bold: true });
  slide.addText(bullets(topTraits(traits).map((t) => `${t.name} (${signed(t.weight)})`)), {
    x: 0.5,
    y: 4.9,
    w: 12.3,
    h: 2.2,
    fontSize: 14,
    valign: 'top',
  });
  const blob = await pptx.write({ outputType: 'blob' });
  // write() is typed as a union of every output type; 'blob' yields a Blob.
  return blob as Blob;
}
