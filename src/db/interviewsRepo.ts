import { rebaseAnchor, resolveAnchor } from '../domain/anchoring';
import type { Account } from '../domain/schemas/account';
import type { Anchor, Highlight } from '../domain/schemas/highlight';
import type { Contact } from '../domain/schemas/contact';
import type { Guide } from '../domain/schemas/guide';
import {
  interviewSchema,
  type Interview,
  type InterviewChannel,
  type TranscriptSegment,
} from '../domain/schemas/interview';
import { INTERVIEWER_SPEAKER, segmentIndexAt, speakerName } from '../domain/speakerAttribution';
import { transcriptSegmentOffsets, transcriptText } from '../domain/transcriptText';
import type { WorkspaceDb } from './schema';
import { newId } from './workspaceRegistry';
import { checked } from './checked';

export interface InterviewListRow {
  interview: Interview;
  account: Account | undefined;
}

/** Newest first: the listening tour is reviewed from the latest call back. */
export async function listInterviewsWithAccounts(db: WorkspaceDb): Promise<InterviewListRow[]> {
  const interviews = await db.interviews.orderBy('date').reverse().toArray();
  const accountIds = [...new Set(interviews.map((i) => i.accountId))];
  const accounts = await db.accounts.bulkGet(accountIds);
  const byId = new Map<string, Account>();
  for (const account of accounts) if (account) byId.set(account.id, account);
  return interviews.map((interview) => ({ interview, account: byId.get(interview.accountId) }));
}

export interface NewInterview {
  accountId: string;
  contactIds: string[];
  date: string;
  interviewer: string;
  guideId: string | null;
  channel: InterviewChannel;
}

/** Validated against the entity schema, so a bad form value fails here and not in a later read. */
export async function createInterview(
  db: WorkspaceDb,
  input: NewInterview,
  now: string,
  id: string = newId(),
): Promise<Interview> {
  const interview = checked(interviewSchema, {
    ...input,
    id,
    createdAt: now,
    updatedAt: now,
    notes: '',
    startedAt: null,
    transcript: null,
    speakerMap: {},
    status: 'planned',
    summary: null,
  });
  await db.interviews.add(interview);
  return interview;
}

export async function getInterview(db: WorkspaceDb, id: string): Promise<Interview | undefined> {
  return db.interviews.get(id);
}

/** Everything the interview page shows around the notes, read in one go. */
export interface InterviewView {
  interview: Interview;
  account: Account | undefined;
  /** The interview's contacts, in the order they were picked; deleted contacts are left out. */
  contacts: Contact[];
  guide: Guide | undefined;
}

export async function getInterviewView(db: WorkspaceDb, id: string): Promise<InterviewView | null> {
  const interview = await db.interviews.get(id);
  if (!interview) return null;
  const [account, contacts, guide] = await Promise.all([
    db.accounts.get(interview.accountId),
    db.contacts.bulkGet(interview.contactIds),
    interview.guideId ? db.guides.get(interview.guideId) : Promise.resolve(undefined),
  ]);
  return {
    interview,
    account,
    contacts: contacts.filter((c): c is Contact => c !== undefined),
    guide,
  };
}

export async function listAccountContacts(db: WorkspaceDb, accountId: string): Promise<Contact[]> {
  const contacts = await db.contacts.where('accountId').equals(accountId).toArray();
  return contacts.sort((a, b) => a.name.localeCompare(b.name));
}

/** The interviewer of the most recent interview: the same person usually runs the whole tour. */
export async function latestInterviewer(db: WorkspaceDb): Promise<string | null> {
  const latest = await db.interviews.orderBy('date').last();
  return latest?.interviewer ?? null;
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.exact === b.exact &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix
  );
}

/**
 * Re-anchors the quotes on one source of an interview to its new text. A quote that can no longer
 * be found keeps its old anchor: the UI shows it as detached, and it re-attaches by itself if the
 * text comes back (an undo).
 */
function rebased(
  highlights: readonly Highlight[],
  source: Anchor['source'],
  text: string,
  now: string,
): Highlight[] {
  return highlights.flatMap((highlight) => {
    if (highlight.anchor.source !== source) return [];
    const anchor = rebaseAnchor(text, highlight.anchor);
    if (!anchor || sameAnchor(anchor, highlight.anchor)) return [];
    return [{ ...highlight, anchor, updatedAt: now }];
  });
}

const MAX_NOTES = 2_000_000;

/**
 * Saves the notes and, in the same transaction, moves the notes quotes to where their text now
 * is, so a quote's stored offsets and context never describe a different text than the notes.
 */
/** The stored notes changed under an edit (another tab saved): neither version is dropped. */
export class NotesConflictError extends Error {
  constructor(readonly theirs: string) {
    super('These notes were changed in another tab. Choose which version to keep.');
    this.name = 'NotesConflictError';
  }
}

/**
 * Saves notes as a compare-and-set when `expected` is given: if the stored notes are no longer
 * what this editor started from, the write is refused with a NotesConflictError.
 */
export async function updateNotes(
  db: WorkspaceDb,
  id: string,
  notes: string,
  now: string,
  expected?: string,
): Promise<void> {
  if (notes.length > MAX_NOTES) {
    throw new Error('The notes are longer than 2,000,000 characters; split them up.');
  }
  await db.transaction('rw', db.interviews, db.highlights, async () => {
    const interview = await db.interviews.get(id);
    if (!interview) throw new Error('This interview no longer exists.');
    if (expected !== undefined && interview.notes !== expected && interview.notes !== notes) {
      throw new NotesConflictError(interview.notes);
    }
    const highlights = await db.highlights.where('interviewId').equals(id).toArray();
    const moved = rebased(highlights, 'notes', notes, now);
    if (moved.length > 0) await db.highlights.bulkPut(moved);
    await db.interviews.update(id, { notes, updatedAt: now });
  });
}

/** Starting again after a dropped call keeps the first start, so stamps stay on one clock. */
export async function startCall(db: WorkspaceDb, id: string, now: string): Promise<void> {
  await db.transaction('rw', db.interviews, async () => {
    const interview = await db.interviews.get(id);
    if (!interview) throw new Error('This interview no longer exists.');
    await db.interviews.update(id, {
      startedAt: interview.startedAt ?? now,
      status: 'in_progress',
      updatedAt: now,
    });
  });
}

export async function endCall(db: WorkspaceDb, id: string, now: string): Promise<void> {
  const updated = await db.interviews.update(id, { status: 'done', updatedAt: now });
  if (updated === 0) throw new Error('This interview no longer exists.');
}

/**
 * Stores an imported transcript and its speaker map as one write; quotes already taken from an
 * earlier transcript are re-anchored to the new text (or left detached).
 */
export async function saveTranscript(
  db: WorkspaceDb,
  id: string,
  segments: TranscriptSegment[],
  speakerMap: Record<string, string>,
  now: string,
): Promise<void> {
  const transcript = checked(interviewSchema.shape.transcript, segments);
  const map = checked(interviewSchema.shape.speakerMap, speakerMap);
  await db.transaction('rw', db.interviews, db.highlights, async () => {
    const interview = await db.interviews.get(id);
    if (!interview) throw new Error('This interview no longer exists.');
    const highlights = await db.highlights.where('interviewId').equals(id).toArray();
    const moved = rebased(highlights, 'transcript', transcriptText(transcript ?? []), now);
    if (moved.length > 0) await db.highlights.bulkPut(moved);
    await db.interviews.update(id, { transcript, speakerMap: map, updatedAt: now });
  });
}

/**
 * Re-points the transcript's speaker labels at people after import, leaving the transcript as it
 * is. Transcript quotes store who spoke (the Quotes page, its filters and search read that name),
 * so they are re-attributed in the same transaction and never disagree with the transcript. A
 * detached quote has no place in the text to tell who said it, so it keeps the name it had.
 * Resolves to the number of quotes whose speaker changed.
 */
export async function saveSpeakerMap(
  db: WorkspaceDb,
  id: string,
  speakerMap: Record<string, string>,
  now: string,
): Promise<number> {
  const map = checked(interviewSchema.shape.speakerMap, speakerMap);
  return db.transaction('rw', db.interviews, db.highlights, db.contacts, async () => {
    const interview = await db.interviews.get(id);
    if (!interview) throw new Error('This interview no longer exists.');
    const segments = interview.transcript;
    if (!segments) throw new Error('This interview has no transcript.');
    // A contact taken off the interview (in another tab) since the dialog opened.
    const people = new Set([INTERVIEWER_SPEAKER, ...interview.contactIds]);
    if (Object.values(map).some((target) => !people.has(target))) {
      throw new Error('A speaker is mapped to someone who is no longer on this interview.');
    }
    const contacts = (await db.contacts.bulkGet(interview.contactIds)).filter(
      (c): c is Contact => c !== undefined,
    );
    const text = transcriptText(segments);
    const offsets = transcriptSegmentOffsets(segments);
    const highlights = await db.highlights.where('interviewId').equals(id).toArray();
    const reattributed = highlights.flatMap((highlight) => {
      if (highlight.anchor.source !== 'transcript') return [];
      const at = resolveAnchor(text, highlight.anchor);
      const segment = at ? segments[segmentIndexAt(offsets, at.start)] : undefined;
      if (!segment) return [];
      const speaker = speakerName(segment.speaker, map, interview.interviewer, contacts);
      return speaker === highlight.speaker ? [] : [{ ...highlight, speaker, updatedAt: now }];
    });
    if (reattributed.length > 0) await db.highlights.bulkPut(reattributed);
    await db.interviews.update(id, { speakerMap: map, updatedAt: now });
    return reattributed.length;
  });
}

/**
 * The notes write for a page that is going away (pagehide, tab hidden). Dexie's updateNotes is a
 * read-then-write transaction that needs several turns of the event loop, and a closing tab may
 * not get them; this is one put on the raw IndexedDB store, committed at once, all issued before
 * the handler returns. It skips re-anchoring the quotes: the page resolves quotes against the text
 * when it renders, and the next updateNotes re-anchors them. `base` is the interview as last read.
 */
export function saveNotesNow(
  db: WorkspaceDb,
  base: Interview,
  notes: string,
  now: string,
): Promise<void> {
  if (!db.isOpen()) return Promise.reject(new Error('The database is not open.'));
  const tx = db.backendDB().transaction('interviews', 'readwrite', { durability: 'strict' });
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('The browser aborted the save.'));
  });
  tx.objectStore('interviews').put({ ...base, notes, updatedAt: now } satisfies Interview);
  tx.commit();
  return done;
}
