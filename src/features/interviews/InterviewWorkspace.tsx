import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { endCallCommand, startCallCommand } from '../../commands/interviewCommands';
import type { InterviewView } from '../../db/interviewsRepo';
import { copiesOf } from '../../domain/notesWrite';
import type { Code } from '../../domain/schemas/code';
import { transcriptSegmentOffsets, transcriptText } from '../../domain/transcriptText';
import { GuideQuestions } from './GuideQuestions';
import { InterviewHeader } from './InterviewHeader';
import { NotesCopiesPanel } from './NotesCopiesPanel';
import { NotesEditor } from './NotesEditor';
import type { Announce } from './announce';
import { CODE_SHORTCUT_LABEL, QUOTE_SHORTCUT_LABEL, type TextRange } from './notesEditing';
import { PinnedCodesLegend } from './PinnedCodesLegend';
import type { QuoteView } from './quoteViews';
import { QuotesPanel } from './QuotesPanel';
import { SpeakerMapDialog } from './SpeakerMapDialog';
import { speakerName } from './speakers';
import { TranscriptImportDialog } from './TranscriptImportDialog';
import { TranscriptPanel } from './TranscriptPanel';
import { segmentIndexAt, selectTranscriptRange } from './transcriptSelection';
import { useInterviewQuotes } from './useInterviewQuotes';
import { useNotesDraft } from './useNotesDraft';
import { useQuoteActions } from './useQuoteActions';
import { useAskedQuestions } from './useAskedQuestions';
import { useFocusMode } from './useFocusMode';
import { FocusModeToggle } from './FocusModeToggle';

/** The interview page once its interview has loaded; mounted per interview id. */
export function InterviewWorkspace({ view }: { view: InterviewView }) {
  const ctx = useCommandContext();
  const { db } = ctx;
  const run = useCommand();
  const { interview, contacts, guide } = view;
  const hintId = useId();
  const draft = useNotesDraft(interview);
  const segments = interview.transcript;
  const transcript = useMemo(() => transcriptText(segments ?? []), [segments]);
  const offsets = useMemo(() => transcriptSegmentOffsets(segments ?? []), [segments]);
  const { quotes, codes, pinned, traits } = useInterviewQuotes(
    db,
    interview.id,
    { notes: draft.notes, transcript },
    guide,
  );
  const [announcement, setAnnouncement] = useState<{ message: string; tone: 'ok' | 'error' }>({
    message: '',
    tone: 'ok',
  });
  // The live region stays mounted (a new one is not read out); a repeated message gets a
  // trailing no-break space so it still counts as a change.
  const announce = useCallback<Announce>(
    (message, tone = 'ok') =>
      setAnnouncement((old) => ({
        message: old.message === message ? `${message}\u00a0` : message,
        tone,
      })),
    [],
  );
  // The quote whose code picker is open, and where focus goes back when it closes: a picker
  // opened by a shortcut returns to the text the user was typing in.
  const [editing, setEditing] = useState<{ id: string; returnTo: HTMLElement | null } | null>(null);
  // A promise, not an id: Alt+C pressed while the quote is still being written waits for it.
  const lastQuote = useRef<Promise<string | null>>(Promise.resolve(null));
  const [importOpen, setImportOpen] = useState(false);
  const [speakersOpen, setSpeakersOpen] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const transcriptRef = useRef<HTMLDivElement>(null);
  const questions = useAskedQuestions(view, textareaRef, announce);
  const [focusMode, toggleFocusMode] = useFocusMode(interview.id);
  // The toggle's own click and its shortcut both end in the notes, where the typing goes on.
  const toggleFocus = () => {
    toggleFocusMode();
    textareaRef.current?.focus();
  };
  const actions = useQuoteActions({
    interviewId: interview.id,
    accountId: interview.accountId,
    quotes,
    flushNotes: draft.flush,
    announce,
  });

  const nameOf = useCallback(
    (label: string) => speakerName(label, interview.speakerMap, interview.interviewer, contacts),
    [interview.speakerMap, interview.interviewer, contacts],
  );

  const afterQuote = (code: Code | null, fromKeyboard: boolean) => (id: string | null) => {
    if (!id || code) return;
    // A shortcut never takes the cursor: on a call the next words go on being typed.
    if (fromKeyboard) announce(`Quote created. ${CODE_SHORTCUT_LABEL} codes it.`);
    else setEditing({ id, returnTo: null });
  };

  const quoteNotes = (text: string, range: TextRange, code: Code | null, fromKeyboard: boolean) => {
    const made = actions.quote({ source: 'notes', text, range, code });
    lastQuote.current = made;
    void made.then(afterQuote(code, fromKeyboard));
  };

  const quoteTranscript = (range: TextRange, code: Code | null, fromKeyboard: boolean) => {
    const segment = segments?.[segmentIndexAt(offsets, range.start)];
    const speaker = segment ? nameOf(segment.speaker) : null;
    const made = actions.quote({ source: 'transcript', text: transcript, range, code, speaker });
    lastQuote.current = made;
    void made.then(afterQuote(code, fromKeyboard));
  };

  const codeLastQuote = (returnTo: HTMLElement | null) => {
    void lastQuote.current.then((id) => {
      if (id) setEditing({ id, returnTo });
      else
        announce(
          `No quote made here yet: ${QUOTE_SHORTCUT_LABEL} quotes the current line.`,
          'error',
        );
    });
  };

  const editQuote = (id: string | null) => {
    const back = editing?.returnTo;
    setEditing(id ? { id, returnTo: null } : null);
    // Focus moves before the picker unmounts, so the quote does not take it for its own button.
    if (!id && back) back.focus();
  };

  const show = (quote: QuoteView) => {
    if (quote.highlight.anchor.source === 'notes') {
      const el = textareaRef.current;
      el?.focus();
      el?.setSelectionRange(quote.start, quote.end);
      return;
    }
    const el = transcriptRef.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    selectTranscriptRange(el, quote.start, quote.end);
  };

  // Links from the Quotes page and Search carry ?quote=<id>: select that quote once it loads.
  const [params] = useSearchParams();
  const wanted = params.get('quote');
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted || shown.current === wanted) return;
    const quote = quotes?.find((q) => q.highlight.id === wanted);
    if (!quote) return;
    shown.current = wanted;
    show(quote);
  });

  return (
    <div className={focusMode ? 'interview-page focus-mode' : 'interview-page'}>
      <InterviewHeader view={view} />
      <FocusModeToggle on={focusMode} onToggle={toggleFocus} />
      <div className="interview-layout">
        <div className="interview-side">
          <PinnedCodesLegend pinned={pinned} hintId={hintId} guide={guide} codes={codes} />
          <p
            role="status"
            className={announcement.tone === 'error' ? 'notes-announce error' : 'notes-announce'}
          >
            {announcement.tone === 'error' && <span aria-hidden="true">⚠ </span>}
            {announcement.message}
          </p>
          <GuideQuestions
            guide={guide}
            questions={view.questions}
            asked={questions.asked}
            missingGuideId={guide ? null : interview.guideId}
            onToggle={questions.toggle}
            onGoToAnswer={questions.goToAnswer}
          />
        </div>
        <div className="interview-main">
          <NotesCopiesPanel
            notes={interview.notes}
            copies={copiesOf(interview)}
            ownCopy={draft.keptAsCopy ? { id: draft.draftId, text: draft.notes } : null}
            onResolve={(copyId, choice) => void draft.resolve(copyId, choice)}
          />
          <NotesEditor
            notes={draft.notes}
            onChange={draft.setNotes}
            textareaRef={textareaRef}
            interview={interview}
            onStartCall={async () =>
              (await run(startCallCommand(ctx, { interviewId: interview.id }), {
                failed: 'The call was not started',
                quiet: true,
              })) === true
            }
            onEndCall={() =>
              run(endCallCommand(ctx, { interviewId: interview.id }), {
                failed: 'The call was not ended',
                quiet: true,
              })
            }
            saveStatus={draft.status}
            saveError={draft.error}
            onRetrySave={() => void draft.flush()}
            pinned={pinned}
            onQuote={quoteNotes}
            onCodeLastQuote={() => codeLastQuote(textareaRef.current)}
            onTickQuestion={questions.tickNext}
            onToggleFocus={toggleFocus}
            announce={announce}
            hintId={hintId}
          />
          <TranscriptPanel
            segments={segments}
            text={transcript}
            speakerName={nameOf}
            pinned={pinned}
            onQuote={quoteTranscript}
            onCodeLastQuote={() => codeLastQuote(transcriptRef.current)}
            onImport={() => setImportOpen(true)}
            onEditSpeakers={() => setSpeakersOpen(true)}
            announce={announce}
            containerRef={transcriptRef}
          />
        </div>
        <QuotesPanel
          quotes={quotes}
          codes={codes}
          traits={traits}
          editingId={editing?.id ?? null}
          onEdit={editQuote}
          actions={actions}
          onShow={show}
        />
      </div>
      <TranscriptImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        interview={interview}
        contacts={contacts}
      />
      <SpeakerMapDialog
        open={speakersOpen}
        onClose={() => setSpeakersOpen(false)}
        interview={interview}
        contacts={contacts}
      />
    </div>
  );
}
