/**
 * Who said a piece of a transcript, as quotes record it. Pure, so the interview page (which
 * attributes a new quote) and the repository (which re-attributes quotes when the speaker map
 * changes) apply one rule and can never disagree about a name.
 */
import type { Contact } from './schemas/contact';
import type { SpeakerMap } from './schemas/interview';
import { pairValue } from './schemas/pairs';

/** The speaker-map value for the interviewer; any other value is a contact id. */
export const INTERVIEWER_SPEAKER = 'interviewer';

/** The name to show for a speaker label: the mapped person's, else the label as spoken. */
export function speakerName(
  label: string,
  map: SpeakerMap,
  interviewer: string,
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
): string {
  const target = pairValue(map, label);
  if (target === INTERVIEWER_SPEAKER) return interviewer;
  const contact = target ? contacts.find((c) => c.id === target) : undefined;
  if (contact) return contact.name;
  return label === '' ? 'Unknown speaker' : label;
}

/** The segment an offset falls in, by binary search over segment starts (transcripts are long). */
export function segmentIndexAt(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((offsets[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
