import { useId, useMemo, useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { saveSpeakerMapCommand } from '../../commands/interviewCommands';
import type { SpeakerMap } from '../../domain/schemas/interview';
import { Dialog } from '../../ui/Dialog';
import { SpeakerMapFields } from './SpeakerMapFields';
import { shownSpeakerMap, transcriptSpeakers } from './speakers';
import { CancelAndConfirm } from '../../ui/CancelAndConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { InterviewDialogProps } from './interviewDialogProps';

type Props = InterviewDialogProps;

/**
 * Changes who each transcript speaker is after import, without importing the file again. The
 * dialog closes and confirms only once the write has resolved; a refused write keeps it open with
 * the choices made, and says why.
 */
export function SpeakerMapDialog({ open, onClose, interview, contacts }: Props) {
  const errorId = useId();
  const ctx = useCommandContext();
  const run = useCommand();
  // Null until a select changes: until then the dialog follows the saved map, also when another
  // tab changes it.
  const [draft, setDraft] = useState<SpeakerMap | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const speakers = useMemo(
    () => transcriptSpeakers(interview.transcript ?? []),
    [interview.transcript],
  );
  const map = draft ?? interview.speakerMap;

  const close = () => {
    setDraft(null);
    setError(null);
    onClose();
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    const speakerMap = shownSpeakerMap(speakers, map, contacts);
    const moved = await run(saveSpeakerMapCommand(ctx, { interviewId: interview.id, speakerMap }), {
      failed: 'The speakers were not saved',
      onFailed: setError,
    });
    setBusy(false);
    if (moved !== undefined) close();
  };

  return (
    <Dialog
      open={open}
      title="Speakers"
      onClose={close}
      actions={
        <CancelAndConfirm
          confirmLabel="Save speakers"
          onCancel={close}
          onConfirm={() => void save()}
          disabled={busy || speakers.length === 0}
          describedBy={error ? errorId : undefined}
        />
      }
    >
      <p className="field-hint">
        Who each speaker in the transcript is. Quotes taken from the transcript show the new names
        on this page, on the Quotes page and in search.
      </p>
      {speakers.length > 0 ? (
        <SpeakerMapFields
          speakers={speakers}
          map={map}
          interviewer={interview.interviewer}
          contacts={contacts}
          onChange={setDraft}
        />
      ) : (
        <p>The transcript names no speakers.</p>
      )}
      {busy && <p role="status">Saving…</p>}
      <ErrorAlert message={error} id={errorId} />
    </Dialog>
  );
}
