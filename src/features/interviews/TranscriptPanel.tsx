import type { Announce } from './announce';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Code } from '../../domain/schemas/code';
import type { TranscriptSegment } from '../../domain/schemas/interview';
import { transcriptSegmentOffsets } from '../../domain/transcriptText';
import { plural } from '../../ui/format';
import {
  isCodeShortcut,
  isQuoteShortcut,
  pinnedShortcutIndex,
  pinnedShortcutLabel,
  QUOTE_SHORTCUT_LABEL,
  trimRange,
  type TextRange,
} from './notesEditing';
import { currentTranscriptSelection } from './transcriptSelection';
import { TranscriptSegmentList } from './TranscriptSegmentList';
import { useTranscriptSelection } from './useTranscriptSelection';

interface Props {
  segments: readonly TranscriptSegment[] | null;
  /** transcriptText(segments): what the offsets point into. */
  text: string;
  speakerName(label: string): string;
  pinned: readonly Code[];
  /** `fromKeyboard`: focus stays in the transcript, as it does for every shortcut. */
  onQuote(range: TextRange, code: Code | null, fromKeyboard: boolean): void;
  /** Alt+C: open the code picker on the last quote; closing it comes back here. */
  onCodeLastQuote(): void;
  onImport(): void;
  /** Opens the Speakers dialog, to change who each speaker is after import. */
  onEditSpeakers(): void;
  announce: Announce;
  containerRef: RefObject<HTMLDivElement | null>;
}

export function TranscriptPanel({
  segments,
  text,
  speakerName,
  pinned,
  onQuote,
  onCodeLastQuote,
  onImport,
  onEditSpeakers,
  announce,
  containerRef,
}: Props) {
  const id = useId();
  const selection = useTranscriptSelection(containerRef);
  const offsets = useMemo(() => transcriptSegmentOffsets(segments ?? []), [segments]);
  const selected = selection ? trimRange(text, selection.start, selection.end) : null;
  const hasSpeakers = useMemo(() => segments?.some((s) => s.speaker !== '') ?? false, [segments]);

  // Read through a ref so the handler stays the same function and the memoised list can skip
  // re-rendering while the notes are typed in.
  const latest = useRef({ text, pinned, onQuote, onCodeLastQuote, announce });
  useEffect(() => {
    latest.current = { text, pinned, onQuote, onCodeLastQuote, announce };
  });
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    if (isCodeShortcut(event)) {
      event.preventDefault();
      latest.current.onCodeLastQuote();
      return;
    }
    const index = pinnedShortcutIndex(event);
    if (index === null && !isQuoteShortcut(event)) return;
    event.preventDefault();
    const now = latest.current;
    // Read at the keystroke, not from state: selectionchange is dispatched a task later, so a
    // shortcut pressed right after selecting would otherwise find the old selection.
    const live = currentTranscriptSelection(event.currentTarget);
    const selected = live ? trimRange(now.text, live.start, live.end) : null;
    if (!selected) {
      now.announce('Select some of the transcript first.', 'error');
      return;
    }
    if (index === null) {
      now.onQuote(selected, null, true);
      return;
    }
    const code = now.pinned[index];
    if (code) now.onQuote(selected, code, true);
    else now.announce(`No code is pinned to ${pinnedShortcutLabel(index)}.`, 'error');
  }, []);

  return (
    <section className="panel transcript-panel" aria-labelledby={`${id}-heading`}>
      <div className="transcript-toolbar">
        <h2 id={`${id}-heading`}>Transcript</h2>
        {segments && <span className="count">{plural(segments.length, 'segment')}</span>}
        {hasSpeakers && (
          <button type="button" aria-haspopup="dialog" onClick={onEditSpeakers}>
            Speakers…
          </button>
        )}
        <button type="button" onClick={onImport}>
          Import transcript
        </button>
        {selected && (
          <button
            type="button"
            className="primary"
            aria-keyshortcuts="Alt+Q"
            // Keeps the text selection: a click would otherwise collapse it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onQuote(selected, null, false)}
          >
            Create quote from selection <kbd aria-hidden="true">{QUOTE_SHORTCUT_LABEL}</kbd>
          </button>
        )}
      </div>
      {!segments ? (
        <p className="transcript-empty">
          No transcript yet. Import the call’s WebVTT, SRT or Otter TXT export, or a plain-text
          transcript, then select text in it to quote.
        </p>
      ) : (
        <TranscriptSegmentList
          segments={segments}
          offsets={offsets}
          speakerName={speakerName}
          containerRef={containerRef}
          onKeyDown={onKeyDown}
        />
      )}
    </section>
  );
}
