import { withSource } from '../db/changeLog';
import { keysEditedAfter } from '../db/changeQueries';
import {
  createInterview,
  endCall,
  saveSpeakerMap,
  saveTranscript,
  startCall,
} from '../db/interviewsRepo';
import type { WorkspaceDb } from '../db/schema';
import type { Highlight } from '../domain/schemas/highlight';
import type { Interview, SpeakerMap, TranscriptSegment } from '../domain/schemas/interview';
import type { CommandContext } from './context';
import { counted } from './counted';
import { keptSentence, type CommandOutcome, type UndoReport } from './outcome';
import { commandAdding } from './recordCommands';
import { markedWrite, undoReport, type Marked } from './recordUndo';

/** Plans an interview. Its Undo removes it again, unless it was edited (notes typed, say) since. */
export const createInterviewCommand = commandAdding((db) => db.interviews, createInterview, {
  what: 'interview',
  message: (interview) => `Interview of ${interview.date} created.`,
  undone: (interview) => `The interview of ${interview.date} was removed.`,
});

export interface CallInput {
  interviewId: string;
}

/** A command that stamps the call's start or end on the interview; neither has an Undo. */
const callCommand =
  (stamp: typeof startCall, message: string) =>
  async (ctx: CommandContext, { interviewId }: CallInput): Promise<CommandOutcome<true>> => {
    await stamp(ctx.db, interviewId, ctx.now());
    return { result: true, message };
  };

/**
 * Starts the call (a restart keeps the first start). The notes carry its time stamps, so it
 * has no Undo: undoing it would leave stamps that no longer add up.
 */
export const startCallCommand = callCommand(startCall, 'Call started.');

/** Marks the interview done. Starting the call again reopens it, so it needs no Undo. */
export const endCallCommand = callCommand(endCall, 'Call ended.');

/** What a speaker change changed, to put back: the interview and the quotes it moved. */
interface InterviewBefore {
  interview: Interview;
  quotes: Highlight[];
}

/** Runs `write` on an interview and returns the interview and the quotes it changed, as before. */
function writeRemembering<T>(
  db: WorkspaceDb,
  interviewId: string,
  write: () => Promise<T>,
): Promise<Marked<{ result: T; before: InterviewBefore | null }>> {
  return markedWrite(db, [db.interviews, db.highlights, db.contacts], async () => {
    const interview = await db.interviews.get(interviewId);
    const quotes = await db.highlights.where('interviewId').equals(interviewId).toArray();
    const result = await write();
    const after = await db.highlights.bulkGet(quotes.map((q) => q.id));
    const changed = quotes.filter((q, i) => JSON.stringify(after[i]) !== JSON.stringify(q));
    return { result, before: interview ? { interview, quotes: changed } : null };
  });
}

/**
 * Puts the interview and the quotes the write moved back as they were, unless edited after
 * `seq`. The quotes' places depend on the interview's text, so an interview edited since keeps
 * everything; a quote edited since keeps its edit.
 */
async function putBack(
  db: WorkspaceDb,
  { interview, quotes }: InterviewBefore,
  seq: number,
  done: string,
): Promise<UndoReport> {
  const tables = [db.interviews, db.highlights, db.changes];
  const kept = await withSource(db, 'undo', tables, async () => {
    if ((await keysEditedAfter(db, 'interviews', [interview.id], seq)).size > 0) return null;
    const ids = quotes.map((q) => q.id);
    const edited = await keysEditedAfter(db, 'highlights', ids, seq);
    const stored = new Set(await db.highlights.where('id').anyOf(ids).primaryKeys());
    await db.interviews.put(interview);
    await db.highlights.bulkPut(quotes.filter((q) => stored.has(q.id) && !edited.has(q.id)));
    return edited.size;
  });
  if (kept === null) return undoReport(true, done, 'interview');
  const keptText = keptSentence(kept, ['quote', 'quotes'], 'then');
  return { message: [done, keptText].filter(Boolean).join(' '), kept };
}

export interface SaveTranscriptInput {
  interviewId: string;
  segments: TranscriptSegment[];
  speakerMap: SpeakerMap;
}

/**
 * Stores an imported transcript and its speaker map; quotes from an earlier transcript are
 * re-anchored. No Undo, as before commands: the dialog says the transcript is replaced, and the
 * toast stays up while the user starts quoting it, where a second Undo would compete with the
 * Undo of the quote they take next.
 */
export async function saveTranscriptCommand(
  ctx: CommandContext,
  { interviewId, segments, speakerMap }: SaveTranscriptInput,
): Promise<CommandOutcome<null>> {
  await saveTranscript(ctx.db, interviewId, segments, speakerMap, ctx.now());
  return { result: null, message: `Transcript imported: ${counted(segments.length, 'segment')}` };
}

export interface SaveSpeakerMapInput {
  interviewId: string;
  speakerMap: SpeakerMap;
}

/**
 * Re-points the transcript's speakers at people; transcript quotes are re-attributed. Its Undo
 * puts the previous speakers back, unless the interview or a quote was edited since.
 */
export async function saveSpeakerMapCommand(
  ctx: CommandContext,
  { interviewId, speakerMap }: SaveSpeakerMapInput,
): Promise<CommandOutcome<number>> {
  const { db } = ctx;
  const { result: value, seq } = await writeRemembering(db, interviewId, () =>
    saveSpeakerMap(db, interviewId, speakerMap, ctx.now()),
  );
  const { result: moved, before } = value;
  const done = 'The previous speakers are back.';
  return {
    result: moved,
    message:
      moved > 0 ? `Speakers saved; ${counted(moved, 'quote')} re-attributed` : 'Speakers saved',
    undo: async () => (before ? putBack(db, before, seq, done) : { message: done, kept: 0 }),
  };
}
