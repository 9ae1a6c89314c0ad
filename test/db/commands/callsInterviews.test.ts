import { describe, expect, it } from 'vitest';
import {
  createInterviewCommand,
  endCallCommand,
  saveSpeakerMapCommand,
  saveTranscriptCommand,
  startCallCommand,
} from '../../../src/commands/interviewCommands';
import { createHighlight } from '../../../src/db/highlightsRepo';
import { saveTranscript, type NewInterview } from '../../../src/db/interviewsRepo';
import { createAnchor } from '../../../src/domain/anchoring';
import type { TranscriptSegment } from '../../../src/domain/schemas/interview';
import { transcriptText } from '../../../src/domain/transcriptText';
import { contactRecord, interviewRecord, pairsOf, RECORD_AT } from '../../fixtures/records';
import { freshDb } from '../freshDb';
import {
  COMMAND_AT,
  EDITED_AT,
  fixedContext,
  loggedBy,
  logging,
  stored,
  undoOf,
} from './callsContext';

const planned: NewInterview = {
  accountId: 'acc-1',
  contactIds: [],
  date: '2026-05-01',
  interviewer: 'Priya Raman',
  guideId: null,
  channel: 'video',
};

const segments: TranscriptSegment[] = [
  { speaker: 'Priya', startMs: 0, endMs: 1000, text: 'What made you look?' },
  { speaker: 'Speaker 2', startMs: 1000, endMs: 2000, text: 'We had a failed audit.' },
];
const text = transcriptText(segments);
const danaMap = pairsOf({ Priya: 'interviewer', 'Speaker 2': 'c-dana' });

/** An interview with a transcript, Speaker 2 mapped to Dana, and a quote of what Speaker 2 said. */
async function withTranscript() {
  const db = freshDb();
  await db.contacts.bulkAdd([
    contactRecord({ id: 'c-dana', accountId: 'acc-1', name: 'Dana Whitfield' }),
    contactRecord({ id: 'c-sam', accountId: 'acc-1', name: 'Sam Okafor' }),
  ]);
  await db.interviews.add(
    interviewRecord({ id: 'int-1', accountId: 'acc-1', contactIds: ['c-dana', 'c-sam'] }),
  );
  await saveTranscript(db, 'int-1', segments, danaMap, RECORD_AT);
  const exact = 'We had a failed audit.';
  const start = text.indexOf(exact);
  await createHighlight(
    db,
    {
      interviewId: 'int-1',
      accountId: 'acc-1',
      anchor: createAnchor(text, start, start + exact.length, 'transcript'),
      codeIds: [],
      speaker: 'Dana Whitfield',
    },
    RECORD_AT,
    'h-audit',
  );
  return { db, ctx: fixedContext(db) };
}

describe('createInterviewCommand', () => {
  it('plans the interview with the context’s id and time; Undo removes it', async () => {
    const db = freshDb();
    const ctx = fixedContext(db);
    const { value: outcome, written } = await logging(db, () =>
      createInterviewCommand(ctx, planned),
    );
    expect(outcome.result).toMatchObject({ id: 'new-1', status: 'planned', createdAt: COMMAND_AT });
    expect(written).toEqual(['interviews new-1 put local']);
    const undone = await loggedBy(db, () => undoOf(outcome)());
    expect(undone).toEqual(['interviews new-1 delete undo']);
    expect(await db.interviews.count()).toBe(0);
  });

  it('Undo keeps an interview whose notes were typed since', async () => {
    const db = freshDb();
    const ctx = fixedContext(db);
    const outcome = await createInterviewCommand(ctx, planned);
    await db.interviews.update('new-1', { notes: 'Budget is tight', updatedAt: EDITED_AT });
    expect(await undoOf(outcome)()).toEqual({
      message: 'The interview was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect(await db.interviews.get('new-1')).toMatchObject({ notes: 'Budget is tight' });
  });

  it('refuses an interview with no interviewer, writing nothing', async () => {
    const db = freshDb();
    const written = await loggedBy(db, () =>
      expect(
        createInterviewCommand(fixedContext(db), { ...planned, interviewer: '' }),
      ).rejects.toThrow(),
    );
    expect(written).toEqual([]);
  });
});

describe('startCallCommand and endCallCommand', () => {
  it('start the call at the context’s time and end it, each one logged write, no Undo', async () => {
    const db = freshDb();
    const ctx = fixedContext(db);
    await db.interviews.add(
      interviewRecord({ id: 'int-1', accountId: 'acc-1', status: 'planned' }),
    );
    const { value: started, written } = await logging(db, () =>
      startCallCommand(ctx, { interviewId: 'int-1' }),
    );
    expect(started.undo).toBeUndefined();
    expect(written).toEqual(['interviews int-1 put local']);
    expect(await db.interviews.get('int-1')).toMatchObject({
      status: 'in_progress',
      startedAt: COMMAND_AT,
    });
    const ended = await loggedBy(db, () => endCallCommand(ctx, { interviewId: 'int-1' }));
    expect(ended).toEqual(['interviews int-1 put local']);
    expect(await db.interviews.get('int-1')).toMatchObject({ status: 'done' });
  });

  it('say the interview is gone when it was deleted', async () => {
    const db = freshDb();
    await expect(startCallCommand(fixedContext(db), { interviewId: 'gone' })).rejects.toThrow(
      'This interview no longer exists.',
    );
  });
});

describe('saveSpeakerMapCommand', () => {
  const samMap = pairsOf({ Priya: 'interviewer', 'Speaker 2': 'c-sam' });

  it('re-points a speaker and its quote; Undo puts both back', async () => {
    const { db, ctx } = await withTranscript();
    const quoteBefore = await stored(db.highlights.get('h-audit'));
    const { value: outcome, written } = await logging(db, () =>
      saveSpeakerMapCommand(ctx, { interviewId: 'int-1', speakerMap: samMap }),
    );
    expect(outcome.message).toBe('Speakers saved; 1 quote re-attributed');
    expect(await db.highlights.get('h-audit')).toMatchObject({ speaker: 'Sam Okafor' });
    expect(written).toEqual(['highlights h-audit put local', 'interviews int-1 put local']);

    const undone = await logging(db, () => undoOf(outcome)());
    expect(undone.value).toEqual({ message: 'The previous speakers are back.', kept: 0 });
    expect(undone.written).toEqual(['highlights h-audit put undo', 'interviews int-1 put undo']);
    expect((await db.interviews.get('int-1'))?.speakerMap).toEqual(danaMap);
    expect(await db.highlights.get('h-audit')).toEqual(quoteBefore);
  });

  it('Undo keeps a quote edited since, and says so', async () => {
    const { db, ctx } = await withTranscript();
    const outcome = await saveSpeakerMapCommand(ctx, { interviewId: 'int-1', speakerMap: samMap });
    await db.highlights.update('h-audit', { comment: 'key quote', updatedAt: EDITED_AT });
    const report = await undoOf(outcome)();
    expect(report).toEqual({
      message: 'The previous speakers are back. 1 quote edited since then was kept as edited.',
      kept: 1,
    });
    expect((await db.interviews.get('int-1'))?.speakerMap).toEqual(danaMap);
    expect(await db.highlights.get('h-audit')).toMatchObject({
      speaker: 'Sam Okafor',
      comment: 'key quote',
    });
  });

  it('Undo keeps everything when the interview was edited since', async () => {
    const { db, ctx } = await withTranscript();
    const outcome = await saveSpeakerMapCommand(ctx, { interviewId: 'int-1', speakerMap: samMap });
    await db.interviews.update('int-1', { notes: 'typed later', updatedAt: EDITED_AT });
    const undone = await logging(db, () => undoOf(outcome)());
    expect(undone.value.kept).toBe(1);
    expect(undone.written).toEqual([]);
    expect(await db.interviews.get('int-1')).toMatchObject({
      speakerMap: samMap,
      notes: 'typed later',
    });
  });
});

describe('saveTranscriptCommand', () => {
  it('stores a transcript and moves its quotes in one logged write, with no Undo', async () => {
    const { db, ctx } = await withTranscript();
    const replacement: TranscriptSegment[] = [
      { speaker: 'Priya', startMs: 0, endMs: 500, text: 'Hello.' },
      { speaker: 'Speaker 2', startMs: 500, endMs: 2500, text: 'Well. We had a failed audit.' },
    ];
    const { value: outcome, written } = await logging(db, () =>
      saveTranscriptCommand(ctx, {
        interviewId: 'int-1',
        segments: replacement,
        speakerMap: danaMap,
      }),
    );
    expect(outcome).toEqual({ result: null, message: 'Transcript imported: 2 segments' });
    expect(await db.interviews.get('int-1')).toMatchObject({
      transcript: replacement,
      updatedAt: COMMAND_AT,
    });
    expect(written).toEqual(['highlights h-audit put local', 'interviews int-1 put local']);
  });
});
