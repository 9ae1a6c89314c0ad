import { useId } from 'react';
import type { Contact } from '../../domain/schemas/contact';
import { INTERVIEWER_SPEAKER, SOMEONE_ELSE } from './speakers';

interface SpeakerSelectProps {
  speaker: string;
  value: string;
  interviewer: string;
  contacts: readonly Contact[];
  onChange(value: string): void;
}

/** One transcript speaker label, mapped to the interviewer, a contact, or someone else. */
export function SpeakerSelect({
  speaker,
  value,
  interviewer,
  contacts,
  onChange,
}: SpeakerSelectProps) {
  const id = useId();
  return (
    <div className="field transcript-speaker-field">
      <label htmlFor={id}>{speaker}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={INTERVIEWER_SPEAKER}>Interviewer ({interviewer})</option>
        {contacts.map((contact) => (
          <option key={contact.id} value={contact.id}>
            {contact.name}
            {contact.title ? `, ${contact.title}` : ''}
          </option>
        ))}
        <option value={SOMEONE_ELSE}>Someone else</option>
      </select>
    </div>
  );
}
