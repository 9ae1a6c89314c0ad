/**
 * Transcript speaker labels ("Dana Whitfield", "Speaker 2") mapped to the people of the
 * interview. The map's values are "interviewer" or a contact id; unmapped labels are someone else.
 */
import type { Contact } from '../../domain/schemas/contact';
import { textMapGet } from '../../domain/schemas/textMap';

export const INTERVIEWER_SPEAKER = 'interviewer';
export const SOMEONE_ELSE = '';

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** A first guess: labels that match the interviewer's or a contact's name, first name included. */
export function guessSpeakerMap(
  speakers: readonly string[],
  interviewer: string,
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
): Record<string, string> {
  const pairs: [string, string][] = [];
  const matches = (label: string, name: string) => {
    const a = norm(label);
    const b = norm(name);
    return a !== '' && (a === b || a === b.split(' ')[0]);
  };
  for (const speaker of speakers) {
    if (matches(speaker, interviewer)) {
      pairs.push([speaker, INTERVIEWER_SPEAKER]);
      continue;
    }
    const contact = contacts.find((c) => matches(speaker, c.name));
    if (contact) pairs.push([speaker, contact.id]);
  }
  // Labels come from the file; fromEntries keeps a "__proto__" label as an ordinary key.
  return Object.fromEntries(pairs);
}

/** The name to show for a speaker label: the mapped person's, else the label as spoken. */
export function speakerName(
  label: string,
  map: Readonly<Record<string, string>>,
  interviewer: string,
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
): string {
  const target = textMapGet(map, label);
  if (target === INTERVIEWER_SPEAKER) return interviewer;
  const contact = target ? contacts.find((c) => c.id === target) : undefined;
  if (contact) return contact.name;
  return label === '' ? 'Unknown speaker' : label;
}
