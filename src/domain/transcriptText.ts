import type { TranscriptSegment } from './schemas/interview';

/**
 * The one text a transcript anchor's offsets point into: segment texts joined by '\n', with no
 * speaker labels or timestamps. Highlights with `source: 'transcript'` store `start`/`end` as
 * offsets into this string, so anything that renders or re-anchors transcript quotes must build
 * the text the same way.
 */
export const TRANSCRIPT_SEPARATOR = '\n';

export function transcriptText(segments: readonly Pick<TranscriptSegment, 'text'>[]): string {
  return segments.map((segment) => segment.text).join(TRANSCRIPT_SEPARATOR);
}

/** Where each segment starts inside transcriptText(segments), for mapping a click to an offset. */
export function transcriptSegmentOffsets(
  segments: readonly Pick<TranscriptSegment, 'text'>[],
): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    offsets.push(offset);
    offset += segment.text.length + TRANSCRIPT_SEPARATOR.length;
  }
  return offsets;
}
