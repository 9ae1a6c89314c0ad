import { useEffect, useState, type RefObject } from 'react';
import type { TextRange } from './notesEditing';
import { currentTranscriptSelection } from './transcriptSelection';

/** The document selection as transcript offsets while it lies in the transcript, else null. */
export function useTranscriptSelection(container: RefObject<HTMLElement | null>): TextRange | null {
  const [range, setRange] = useState<TextRange | null>(null);
  useEffect(() => {
    const update = () => {
      const el = container.current;
      const next = el ? currentTranscriptSelection(el) : null;
      setRange((old) =>
        old?.start === next?.start && old?.end === next?.end && (old === null) === (next === null)
          ? old
          : next,
      );
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [container]);
  return range;
}
