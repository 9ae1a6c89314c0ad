import { resolveAnchor } from '../domain/anchoring';
import type { Account } from '../domain/schemas/account';
import type { Contact } from '../domain/schemas/contact';
import type { Guide } from '../domain/schemas/guide';
import type { Question } from '../domain/schemas/question';
import {
  interviewSchema,
  type Interview,
  type InterviewChannel,
  type SpeakerMap,
  type TranscriptSegment,
} from '../domain/schemas/interview';
import { INTERVIEWER_SPEAKER, segmentIndexAt, speakerName } from '../domain/speakerAttribution';
import { transcriptSegmentOffsets, transcriptText } from '../domain/transcriptText';
import type { WorkspaceDb } from './schema';
import { recordAdder } from './recordWrites';
import { checked } from './checked';
import { rebasedHighlights } from './rebasedHighlights';

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
export const createInterview = recordAdder(
  (db) => db.interviews,
  interviewSchema,
  (input: NewInterview) => ({
    ...input,
    notes: '',
    startedAt: null,
    transcript: null,
    speakerMap: [],
    status: 'planned',
    summary: null,
  }),
);

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
  /** The guide's bank questions, in the guide's order. */
  questions: Question[];
}

export async function getInterviewView(db: WorkspaceDb, id: string): Promise<InterviewView | null> {
  const interview = await db.interviews.get(id);
  if (!interview) return null;
  const [account, contacts, guide] = await Promise.all([
    db.accounts.get(interview.accountId),
    db.contacts.bulkGet(interview.contactIds),
    interview.guideId ? db.guides.get(interview.guideId) : Promise.resolve(undefined),
  ]);
  const questions = guide ? await db.questions.bulkGet(guide.questionIds) : [];
  return {
    interview,
    account,
    contacts: contacts.filter((c): c is Contact => c !== undefined),
    guide,
    questions: questions.filter((q): q is Question => q !== undefined),
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
  speakerMap: SpeakerMap,
  now: string,
): Promise<void> {
  const transcript = checked(interviewSchema.shape.transcript, segments);
  const map = checked(interviewSchema.shape.speakerMap, speakerMap);
  await db.transaction('rw', db.interviews, db.highlights, async () => {
    const interview = await db.interviews.get(id);
    if (!interview) throw new Error('This interview no longer exists.');
    const highlights = await db.highlights.where('interviewId').equals(id).toArray();
    const moved = rebasedHighlights(
      highlights,
      'transcript',
      transcriptText(transcript ?? []),
      now,
    );
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
  speakerMap: SpeakerMap,
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
    if (map.some((pair) => !people.has(pair.value))) {
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
