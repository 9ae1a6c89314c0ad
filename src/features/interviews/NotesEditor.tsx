import type { Announce } from './announce';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Code } from '../../domain/schemas/code';
import type { Interview } from '../../domain/schemas/interview';
import { mapPosition } from '../../domain/textSplice';
import { CallControls } from './CallControls';
import {
  isCodeShortcut,
  isFocusShortcut,
  isQuoteShortcut,
  isTickShortcut,
  pinnedShortcutIndex,
  pinnedShortcutLabel,
  quoteRangeInNotes,
  stampedLineAtEnd,
  stampedLineBreak,
  QUOTE_SHORTCUT_LABEL,
  type TextRange,
} from './notesEditing';
import { SaveStatus } from './SaveStatus';
import { insertAtSelection } from './textareaInsert';
import type { AutosaveStatus } from './useAutosave';
import { elapsedSince } from './useCallClock';

interface Props {
  notes: string;
  onChange(notes: string): void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  interview: Pick<Interview, 'startedAt' | 'status'>;
  /** Resolves to whether the call started; the notes get a time stamp only then. */
  onStartCall(): Promise<boolean>;
  onEndCall(): Promise<unknown>;
  saveStatus: AutosaveStatus;
  saveError: string | null;
  onRetrySave(): void;
  pinned: readonly Code[];
  /**
   * Quote (and with a code, code) a range of `text`, the notes as they are at that moment.
   * `fromKeyboard`: the user is typing on, so the cursor must stay in the notes.
   */
  onQuote(text: string, range: TextRange, code: Code | null, fromKeyboard: boolean): void;
  /** Alt+C: open the code picker on the last quote; closing it comes back here. */
  onCodeLastQuote(): void;
  /** Alt+A: tick the next guide question, answered by `range` of `text` (null: empty line). */
  onTickQuestion?(text: string, range: TextRange | null): void;
  /** Alt+M: focus mode on or off. */
  onToggleFocus?(): void;
  announce: Announce;
  /** The shortcut legend's explanation, read out with the field. */
  hintId: string;
}

export function NotesEditor({
  notes,
  onChange,
  textareaRef,
  interview,
  onStartCall,
  onEndCall,
  saveStatus,
  saveError,
  onRetrySave,
  pinned,
  onQuote,
  onCodeLastQuote,
  onTickQuestion,
  onToggleFocus,
  announce,
  hintId,
}: Props) {
  const id = useId();
  const [selection, setSelection] = useState<TextRange>({ start: 0, end: 0 });
  const [callBusy, setCallBusy] = useState(false);
  const caretAfterRender = useRef<number | null>(null);
  // The text the field shows, the last text typed into it, and the selection in the former.
  const shown = useRef(notes);
  const typed = useRef(notes);
  const selectionInShown = useRef<TextRange>({ start: 0, end: 0 });
  const running = interview.status === 'in_progress' && interview.startedAt !== null;

  // A selection made by script or assistive tech fires no React onSelect; the native events do.
  useEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    const read = () => {
      selectionInShown.current = { start: el.selectionStart, end: el.selectionEnd };
      setSelection(selectionInShown.current);
    };
    el.addEventListener('select', read);
    el.addEventListener('selectionchange', read);
    return () => {
      el.removeEventListener('select', read);
      el.removeEventListener('selectionchange', read);
    };
  }, [textareaRef]);

  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = notes;
    const el = textareaRef.current;
    const caret = caretAfterRender.current;
    if (caret !== null) {
      caretAfterRender.current = null;
      el?.setSelectionRange(caret, caret);
      return;
    }
    // Text that came from elsewhere (a teammate typing in the same note): setting the field's
    // value put the caret at the end; it goes back where this person is typing.
    if (!el || notes === before || notes === typed.current || el !== document.activeElement) {
      return;
    }
    const { start, end } = selectionInShown.current;
    el.setSelectionRange(mapPosition(before, notes, start), mapPosition(before, notes, end));
    selectionInShown.current = { start: el.selectionStart, end: el.selectionEnd };
  }, [notes, textareaRef]);

  const insert = (text: string) => {
    const el = textareaRef.current;
    if (!el) return;
    const result = insertAtSelection(el, text);
    if (!result.handled) {
      caretAfterRender.current = result.caret;
      onChange(result.value);
    }
  };

  const readSelection = () => {
    const el = textareaRef.current;
    if (!el) return;
    selectionInShown.current = { start: el.selectionStart, end: el.selectionEnd };
    setSelection(selectionInShown.current);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const el = event.currentTarget;
    if (event.key === 'Enter' && running && !event.shiftKey && !event.nativeEvent.isComposing) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      insert(stampedLineBreak(elapsedSince(interview.startedAt)));
      return;
    }
    const index = pinnedShortcutIndex(event);
    if (index !== null) {
      event.preventDefault();
      const code = pinned[index];
      if (!code) {
        announce(`No code is pinned to ${pinnedShortcutLabel(index)}.`, 'error');
        return;
      }
      const range = quoteRangeInNotes(el.value, el.selectionStart, el.selectionEnd);
      if (!range) announce('Nothing to code: this line is empty.', 'error');
      else onQuote(el.value, range, code, true);
      return;
    }
    if (isQuoteShortcut(event)) {
      event.preventDefault();
      const range = quoteRangeInNotes(el.value, el.selectionStart, el.selectionEnd);
      if (!range) announce('Nothing to quote: this line is empty.', 'error');
      else onQuote(el.value, range, null, true);
      return;
    }
    if (isCodeShortcut(event)) {
      event.preventDefault();
      onCodeLastQuote();
      return;
    }
    // Neither moves the cursor: the next words go on into the notes.
    if (isTickShortcut(event) && onTickQuestion) {
      event.preventDefault();
      onTickQuestion(el.value, quoteRangeInNotes(el.value, el.selectionStart, el.selectionEnd));
      return;
    }
    if (isFocusShortcut(event) && onToggleFocus) {
      event.preventDefault();
      onToggleFocus();
    }
  };

  const startCall = async () => {
    setCallBusy(true);
    try {
      const elapsed = elapsedSince(interview.startedAt);
      if (!(await onStartCall())) return;
      const el = textareaRef.current;
      if (el) {
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
        insert(stampedLineAtEnd(el.value, elapsed));
      }
    } finally {
      setCallBusy(false);
    }
  };

  const endCall = async () => {
    setCallBusy(true);
    try {
      await onEndCall();
    } finally {
      setCallBusy(false);
    }
  };

  const selected = quoteRangeInNotes(notes, selection.start, selection.end);
  const hasSelection = selection.end > selection.start && selected !== null;

  return (
    // The heading is the textarea's label: one "Notes" name on the page, not a region and a field.
    <section className="panel notes-panel">
      <div className="notes-toolbar">
        <h2>
          <label htmlFor={`${id}-notes`}>Notes</label>
        </h2>
        <CallControls
          interview={interview}
          busy={callBusy}
          onStart={() => void startCall()}
          onEnd={() => void endCall()}
        />
        <SaveStatus status={saveStatus} error={saveError} onRetry={onRetrySave} />
      </div>
      <textarea
        ref={textareaRef}
        id={`${id}-notes`}
        className="notes-text"
        value={notes}
        spellCheck
        aria-describedby={hintId}
        onChange={(event) => {
          typed.current = event.target.value;
          onChange(event.target.value);
          readSelection();
        }}
        onSelect={readSelection}
        onKeyUp={readSelection}
        onMouseUp={readSelection}
        onKeyDown={onKeyDown}
        placeholder={
          running
            ? 'Type what you hear; Enter starts a new stamped line.'
            : 'Start the call to stamp each line with the elapsed time, or just type.'
        }
      />
      <div className="notes-actions">
        {hasSelection && (
          <button
            type="button"
            aria-keyshortcuts="Alt+Q"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => selected && onQuote(notes, selected, null, false)}
          >
            Create quote from selection <kbd aria-hidden="true">{QUOTE_SHORTCUT_LABEL}</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
