import type { Contact } from '../../domain/schemas/contact';
import type { SpeakerMap } from '../../domain/schemas/interview';
import { SpeakerSelect } from './SpeakerSelect';
import { shownSpeaker, withSpeaker } from './speakers';

interface Props {
  speakers: readonly string[];
  map: SpeakerMap;
  interviewer: string;
  contacts: readonly Contact[];
  onChange(map: SpeakerMap): void;
}

/**
 * One select per speaker label, shared by the import dialog and the Speakers dialog so both map
 * speakers the same way.
 */
export function SpeakerMapFields({ speakers, map, interviewer, contacts, onChange }: Props) {
  return (
    <fieldset className="transcript-speakers">
      <legend>Who is speaking?</legend>
      {speakers.map((speaker) => (
        <SpeakerSelect
          key={speaker}
          speaker={speaker}
          value={shownSpeaker(map, speaker, contacts)}
          interviewer={interviewer}
          contacts={contacts}
          onChange={(value) => onChange(withSpeaker(map, speaker, value))}
        />
      ))}
    </fieldset>
  );
}
