/**
 * The fallback for text with no timing: each paragraph (blank-line separated) is a segment, and
 * so is each line that opens with a "Name: text" speaker label, because pasted chats often put
 * one turn per line with no blank line between them. Times are unknown, so they are all 0.
 */
import type { TranscriptSegment } from '../../domain/schemas/interview';
import {
  finishSegments,
  normaliseNewlines,
  splitBlocks,
  splitSpeakerPrefix,
} from './transcriptLines';

export function parsePlainText(text: string): TranscriptSegment[] {
  const pieces: TranscriptSegment[] = [];
  for (const paragraph of splitBlocks(normaliseNewlines(text))) {
    let current: TranscriptSegment | null = null;
    for (const line of paragraph) {
      const turn = splitSpeakerPrefix(line.trim());
      if (current === null || turn.speaker !== '') {
        current = { ...turn, startMs: 0, endMs: 0 };
        pieces.push(current);
      } else {
        current.text += ` ${line}`;
      }
    }
  }
  return finishSegments(pieces);
}
