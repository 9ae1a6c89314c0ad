import { memo, type KeyboardEvent, type RefObject } from 'react';
import { formatElapsed } from '../../domain/noteStamps';
import type { TranscriptSegment } from '../../domain/schemas/interview';
import { SEGMENT_START_ATTRIBUTE } from './transcriptSelection';

interface Props {
  segments: readonly TranscriptSegment[];
  /** Each segment's offset in transcriptText(segments), written to the DOM for selections. */
  offsets: readonly number[];
  speakerName(label: string): string;
  containerRef: RefObject<HTMLDivElement | null>;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
}

/**
 * Memoised: a transcript runs to thousands of segments, and the page re-renders on every
 * keystroke in the notes beside it.
 */
export const TranscriptSegmentList = memo(function TranscriptSegmentList({
  segments,
  offsets,
  speakerName,
  containerRef,
  onKeyDown,
}: Props) {
  const timed = segments.some((s) => s.startMs > 0);
  return (
    <div
      ref={containerRef}
      className="transcript-body"
      role="region"
      aria-label="Transcript text"
      // Focusable so it scrolls by keyboard and so Alt+1…9 reach it after a selection.
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {segments.map((segment, index) => (
        <p key={index} className="transcript-segment">
          <span className="transcript-speaker">{speakerName(segment.speaker)}</span>
          {timed && (
            <span className="transcript-time">
              {' '}
              <time dateTime={`PT${Math.floor(segment.startMs / 1000)}S`}>
                {formatElapsed(segment.startMs)}
              </time>
            </span>
          )}
          <span className="transcript-sep">: </span>
          <span {...{ [SEGMENT_START_ATTRIBUTE]: offsets[index] }} className="transcript-text">
            {segment.text}
          </span>
        </p>
      ))}
    </div>
  );
});
