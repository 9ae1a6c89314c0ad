import { afterEach, describe, expect, it } from 'vitest';
import { createHighlight } from '../../src/db/highlightsRepo';
import {
  createInterview,
  getInterview,
  saveSpeakerMap,
  saveTranscript,
} from '../../src/db/interviewsRepo';
import { WorkspaceDb } from '../../src/db/schema';
import { createAnchor } from '../../src/domain/anchoring';
import type { Contact } from '../../src/domain/schemas/contact';
import type { TranscriptSegment } from '../../src/domain/schemas/interview';
import { transcriptText } from '../../src/domain/transcriptText';
import { contactRecord, pairsOf } from '../fixtures/records';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T10:05:00.000Z';

const dbs: WorkspaceDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const contact = (id: string, name: string): Contact =>
  contactRecord({ id, createdAt: AT, updatedAt: AT, accountId: 'acc-1', name });

const segments: TranscriptSegment[] = [
  { speaker: 'Priya', startMs: 0, endMs: 1000, text: 'What made you look?' },
  { speaker: 'Speaker 2', startMs: 1000, endMs: 2000, text: 'We had a failed audit.' },
  { speaker: '__proto__', startMs: 2000, endMs: 3000, text: 'The CFO signed off.' },
];
const text = transcriptText(segments);
const danaMap = pairsOf({ Priya: 'interviewer', 'Speaker 2': 'c-dana' });

/** An interview with a transcript, Speaker 2 mapped to Dana, and one quote per segment. */
async function seeded() {
  const db = new WorkspaceDb(`tourbook-speaker-map-test-${crypto.randomUUID()}`);
  dbs.push(db);
  await db.contacts.bulkAdd([contact('c-dana', 'Dana Whitfield'), contact('c-sam', 'Sam Okafor')]);
  await createInterview(
    db,
    {
      accountId: 'acc-1',
      contactIds: ['c-dana', 'c-sam'],
      date: '2026-03-01',
      interviewer: 'Priya Raman',
      guideId: null,
      channel: 'video',
    },
    AT,
    'int-1',
  );
  await saveTranscript(db, 'int-1', segments, danaMap, AT);
  const quote = async (id: string, exact: string, speaker: string) => {
    const start = text.indexOf(exact);
    await createHighlight(
      db,
      {
        interviewId: 'int-1',
        accountId: 'acc-1',
        anchor: createAnchor(text, start, start + exact.length, 'transcript'),
        codeIds: [],
        speaker,
      },
      AT,
      id,
    );
  };
  await quote('h-audit', 'We had a failed audit.', 'Dana Whitfield');
  await quote('h-cfo', 'The CFO signed off.', '__proto__');
  return db;
}

describe('saveSpeakerMap', () => {
  it('re-points speakers and re-attributes the transcript quotes in the same write', async () => {
    const db = await seeded();
    const samMap = pairsOf({ Priya: 'interviewer', 'Speaker 2': 'c-sam' });
    expect(await saveSpeakerMap(db, 'int-1', samMap, LATER)).toBe(1);
    const interview = await getInterview(db, 'int-1');
    expect(interview?.speakerMap).toEqual(samMap);
    expect(interview?.transcript).toEqual(segments);
    expect(await db.highlights.get('h-audit')).toMatchObject({
      speaker: 'Sam Okafor',
      updatedAt: LATER,
    });
    // Unchanged quotes are not rewritten (search re-indexes what changed).
    expect((await db.highlights.get('h-cfo'))?.updatedAt).toBe(AT);

    // "Someone else": the quote shows the label as spoken.
    await saveSpeakerMap(db, 'int-1', pairsOf({ Priya: 'interviewer' }), LATER);
    expect((await db.highlights.get('h-audit'))?.speaker).toBe('Speaker 2');
  });

  it('maps a speaker labelled "__proto__" like any other', async () => {
    const db = await seeded();
    const map = [{ key: '__proto__', value: 'c-dana' }];
    expect(await saveSpeakerMap(db, 'int-1', map, LATER)).toBe(2);
    expect((await getInterview(db, 'int-1'))?.speakerMap).toEqual(map);
    expect((await db.highlights.get('h-cfo'))?.speaker).toBe('Dana Whitfield');
  });

  it('leaves a detached quote with the name it had', async () => {
    const db = await seeded();
    await createHighlight(
      db,
      {
        interviewId: 'int-1',
        accountId: 'acc-1',
        anchor: createAnchor('Words no longer there.', 0, 22, 'transcript'),
        codeIds: [],
        speaker: 'Dana Whitfield',
      },
      AT,
      'h-gone',
    );
    await saveSpeakerMap(db, 'int-1', pairsOf({ 'Speaker 2': 'c-sam' }), LATER);
    expect((await db.highlights.get('h-gone'))?.speaker).toBe('Dana Whitfield');
  });

  it('refuses someone not on the interview, a bad map or a missing transcript, writing nothing', async () => {
    const db = await seeded();
    await expect(
      saveSpeakerMap(db, 'int-1', pairsOf({ 'Speaker 2': 'c-stranger' }), LATER),
    ).rejects.toThrow('A speaker is mapped to someone who is no longer on this interview.');
    const twice = [
      { key: 'Speaker 2', value: 'c-dana' },
      { key: 'Speaker 2', value: 'c-sam' },
    ];
    await expect(saveSpeakerMap(db, 'int-1', twice, LATER)).rejects.toThrow(
      'Speaker map: “Speaker 2” appears more than once.',
    );
    const interview = await getInterview(db, 'int-1');
    expect(interview?.speakerMap).toEqual(danaMap);
    expect(interview?.updatedAt).toBe(AT);
    expect((await db.highlights.get('h-audit'))?.speaker).toBe('Dana Whitfield');

    await db.interviews.update('int-1', { transcript: null });
    await expect(saveSpeakerMap(db, 'int-1', [], LATER)).rejects.toThrow(
      'This interview has no transcript.',
    );
    await expect(saveSpeakerMap(db, 'int-nope', [], LATER)).rejects.toThrow(
      'This interview no longer exists.',
    );
  });
});
