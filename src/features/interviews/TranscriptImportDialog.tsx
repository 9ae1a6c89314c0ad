import { useId, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { saveTranscriptCommand } from '../../commands/interviewCommands';
import type { SpeakerMap, TranscriptSegment } from '../../domain/schemas/interview';
import {
  checkTranscriptSize,
  parseTranscript,
  type TranscriptFormat,
} from '../../import/transcripts/parseTranscript';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import { SpeakerMapFields } from './SpeakerMapFields';
import { guessSpeakerMap } from './speakers';
import { CancelAndConfirm } from '../../ui/CancelAndConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { InterviewDialogProps } from './interviewDialogProps';

type Props = InterviewDialogProps;

interface Parsed {
  fileName: string;
  format: TranscriptFormat;
  segments: TranscriptSegment[];
  speakers: string[];
}

const FORMAT_LABELS: Record<TranscriptFormat, string> = {
  vtt: 'WebVTT',
  srt: 'SRT subtitles',
  otter: 'Otter text export',
  text: 'Plain text',
};

/**
 * Reads the file, shows what was found and who is speaking, and writes nothing until Import:
 * then the transcript and the speaker map go in as one write. A refused file leaves the
 * interview exactly as it was.
 */
export function TranscriptImportDialog({ open, onClose, interview, contacts }: Props) {
  const fileId = useId();
  const ctx = useCommandContext();
  const run = useCommand();
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [speakerMap, setSpeakerMap] = useState<SpeakerMap>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setParsed(null);
    setSpeakerMap([]);
    setError(null);
    onClose();
  };

  const readFile = async (file: File | undefined) => {
    setParsed(null);
    setError(null);
    if (!file) return;
    // Before reading: a 500 MB recording picked by mistake must not be loaded into memory.
    const tooBig = checkTranscriptSize(file.size);
    if (tooBig) {
      setError(tooBig);
      return;
    }
    setBusy(true);
    try {
      const result = parseTranscript(file.name, await file.text());
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setParsed({ fileName: file.name, ...result });
      setSpeakerMap(guessSpeakerMap(result.speakers, interview.interviewer, contacts));
    } catch (e) {
      setError(`The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const runImport = async () => {
    if (!parsed) return;
    setBusy(true);
    setError(null);
    const { segments } = parsed;
    const saved = await run(
      saveTranscriptCommand(ctx, { interviewId: interview.id, segments, speakerMap }),
      {
        failed: 'Nothing was imported',
        onFailed: setError,
      },
    );
    setBusy(false);
    if (saved !== undefined) close();
  };

  return (
    <Dialog
      open={open}
      title="Import transcript"
      onClose={close}
      wide
      actions={
        <CancelAndConfirm
          confirmLabel="Import"
          onCancel={close}
          onConfirm={() => void runImport()}
          disabled={!parsed || busy}
        />
      }
    >
      <p className="field-hint">
        WebVTT (.vtt), SRT (.srt), Otter TXT export or plain text, up to 20 MB.
      </p>
      {interview.transcript && (
        <p className="transcript-replace">
          This replaces the current transcript ({plural(interview.transcript.length, 'segment')}).
          Its quotes are kept and re-attached where their text is found.
        </p>
      )}
      <div className="field">
        <label htmlFor={fileId}>Transcript file</label>
        <input
          id={fileId}
          type="file"
          accept=".vtt,.srt,.txt,text/vtt,text/plain"
          aria-describedby={error ? `${fileId}-error` : undefined}
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
      </div>
      {busy && !parsed && <p role="status">Reading the file…</p>}
      <ErrorAlert message={error} id={`${fileId}-error`} />
      {parsed && (
        <>
          <p role="status" className="transcript-summary">
            {FORMAT_LABELS[parsed.format]} · {plural(parsed.segments.length, 'segment')} ·{' '}
            {plural(parsed.speakers.length, 'speaker')}
          </p>
          {parsed.speakers.length > 0 ? (
            <SpeakerMapFields
              speakers={parsed.speakers}
              map={speakerMap}
              interviewer={interview.interviewer}
              contacts={contacts}
              onChange={setSpeakerMap}
            />
          ) : (
            <p>The file names no speakers.</p>
          )}
          <ol className="transcript-preview" aria-label="First lines">
            {parsed.segments.slice(0, 3).map((segment, index) => (
              <li key={index}>
                {segment.speaker && <strong>{segment.speaker}: </strong>}
                {segment.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </Dialog>
  );
}
