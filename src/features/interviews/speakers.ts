/**
 * Transcript speaker labels ("Dana Whitfield", "Speaker 2") mapped to the people of the
 * interview. The map's values are "interviewer" or a contact id; unmapped labels are someone else.
 */
import { INTERVIEWER_SPEAKER } from '../../domain/speakerAttribution';
import type { Contact } from '../../domain/schemas/contact';
import type { SpeakerMap, TranscriptSegment } from '../../domain/schemas/interview';
import { pairsFrom, pairValue, withPair } from '../../domain/schemas/pairs';

// The repository re-attributes quotes with these too, so they live in the domain layer.
export { INTERVIEWER_SPEAKER, speakerName } from '../../domain/speakerAttribution';

/** The select value for an unmapped label; it is never stored (see withSpeaker). */
export const SOMEONE_ELSE = '';

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** A first guess: labels that match the interviewer's or a contact's name, first name included. */
export function guessSpeakerMap(
  speakers: readonly string[],
  interviewer: string,
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
): SpeakerMap {
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
  return pairsFrom(pairs);
}

/** The map with one label re-pointed. "Someone else" is the absence of a mapping, not a value. */
export function withSpeaker(map: SpeakerMap, label: string, value: string): SpeakerMap {
  return withPair(map, label, value === SOMEONE_ELSE ? undefined : value);
}

/** The transcript's distinct non-empty speaker labels, in order of first appearance. */
export function transcriptSpeakers(
  segments: readonly Pick<TranscriptSegment, 'speaker'>[],
): string[] {
  return [...new Set(segments.map((segment) => segment.speaker).filter((s) => s !== ''))];
}

/**
 * What a label's select shows. A mapping to a contact who is no longer on the interview already
 * reads as the label itself (speakerName), so it shows as "Someone else", not as whichever option
 * happens to come first.
 */
export function shownSpeaker(
  map: SpeakerMap,
  label: string,
  contacts: readonly Pick<Contact, 'id'>[],
): string {
  const target = pairValue(map, label);
  if (target === undefined) return SOMEONE_ELSE;
  const known = target === INTERVIEWER_SPEAKER || contacts.some((c) => c.id === target);
  return known ? target : SOMEONE_ELSE;
}

/** The map exactly as the selects show it, for these labels: what the user sees is what is saved. */
export function shownSpeakerMap(
  speakers: readonly string[],
  map: SpeakerMap,
  contacts: readonly Pick<Contact, 'id'>[],
): SpeakerMap {
  return speakers.reduce<SpeakerMap>(
    (shown, label) => withSpeaker(shown, label, shownSpeaker(map, label, contacts)),
    [],
  );
}
