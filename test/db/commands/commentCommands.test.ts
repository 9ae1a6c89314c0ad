import { describe, expect, it } from 'vitest';
import { addCommentCommand, setThreadResolvedCommand } from '../../../src/commands/commentCommands';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import { listCommentsOn } from '../../../src/db/commentsRepo';
import type { WorkspaceDb } from '../../../src/db/schema';
import { threadsAt } from '../../../src/domain/review/commentThreads';
import { freshDb } from '../freshDb';
import { logged } from '../loggedChanges';
import { LATER, NOW } from './evidenceFixtures';
import { fixedContext } from './fixedContext';
import { loggedWrite, undone } from './evidenceUndo';

const place = { targetKind: 'finding', targetId: 'f1', anchor: '' } as const;

function comment(db: WorkspaceDb, body: string, threadId: string | null = null, at = NOW) {
  return addCommentCommand(fixedContext(db, at, threadId ? 'reply' : 'c'), {
    ...place,
    threadId,
    authorId: 'member-c',
    authorName: 'Cem',
    body,
  });
}

describe('addCommentCommand', () => {
  it('starts a thread signed by its author, logged as one local put, and Undo takes it out', async () => {
    const db = freshDb();
    const seq = await lastChangeSeq(db);
    const outcome = await comment(db, '<b>Only two churners</b> say this');
    expect(outcome.message).toBe('Comment added.');
    expect(await db.comments.get('c-1')).toMatchObject({
      authorId: 'member-c',
      authorName: 'Cem',
      body: '<b>Only two churners</b> say this',
      threadId: null,
      resolvedAt: null,
      createdAt: NOW,
    });
    expect(logged(await changesSince(db, seq))).toEqual(['comments c-1 put local']);

    const { report, log } = await undone(db, outcome);
    expect(report.kept).toBe(0);
    expect(log).toEqual(['comments c-1 delete undo']);
    expect(await db.comments.count()).toBe(0);
  });

  it('adds a reply to the thread, in order, and refuses one to a resolved thread', async () => {
    const db = freshDb();
    await comment(db, 'Is this true for churners?');
    const reply = await comment(db, 'Yes: see the two quotes', 'c-1', LATER);
    expect(reply.message).toBe('Reply added.');
    const [thread] = threadsAt(await listCommentsOn(db, 'finding', 'f1'), place);
    expect(thread?.root.body).toBe('Is this true for churners?');
    expect(thread?.replies.map((r) => r.body)).toEqual(['Yes: see the two quotes']);

    await setThreadResolvedCommand(fixedContext(db, LATER), { threadId: 'c-1', resolvedBy: 'Ann' });
    const seq = await lastChangeSeq(db);
    await expect(comment(db, 'One more thing', 'c-1', LATER)).rejects.toThrow(
      'This thread is resolved: reopen it to reply.',
    );
    await expect(comment(db, 'Lost reply', 'nope', LATER)).rejects.toThrow(
      'This thread no longer exists',
    );
    expect(await changesSince(db, seq)).toEqual([]);
  });

  it('writes nothing for an empty comment', async () => {
    const db = freshDb();
    const seq = await lastChangeSeq(db);
    await expect(comment(db, '   ')).rejects.toThrow('Comment is required.');
    expect(await changesSince(db, seq)).toEqual([]);
  });

  it('Undo keeps a comment changed since (its thread resolved by someone)', async () => {
    const db = freshDb();
    const outcome = await comment(db, 'First');
    await setThreadResolvedCommand(fixedContext(db, LATER), { threadId: 'c-1', resolvedBy: 'Ann' });
    const { report } = await undone(db, outcome);
    expect(report.kept).toBe(1);
    expect(await db.comments.get('c-1')).toBeDefined();
  });
});

describe('setThreadResolvedCommand', () => {
  it('resolves with who and when, reopens, and each Undo puts the thread back', async () => {
    const db = freshDb();
    await comment(db, 'Is this true for churners?');
    const { result: resolved, log } = await loggedWrite(db, () =>
      setThreadResolvedCommand(fixedContext(db, LATER), { threadId: 'c-1', resolvedBy: 'Ann' }),
    );
    expect(resolved.message).toBe('Thread resolved.');
    expect(log).toEqual(['comments c-1 put local']);
    expect(await db.comments.get('c-1')).toMatchObject({ resolvedAt: LATER, resolvedBy: 'Ann' });

    const { report, log: undoLog } = await undone(db, resolved);
    expect(report.message).toBe('The thread is open again.');
    expect(undoLog).toEqual(['comments c-1 put undo']);
    expect(await db.comments.get('c-1')).toMatchObject({ resolvedAt: null, resolvedBy: null });

    await setThreadResolvedCommand(fixedContext(db, LATER), { threadId: 'c-1', resolvedBy: 'Ann' });
    const reopened = await setThreadResolvedCommand(fixedContext(db, LATER), {
      threadId: 'c-1',
      resolvedBy: null,
    });
    expect(reopened.message).toBe('Thread reopened.');
    expect(await db.comments.get('c-1')).toMatchObject({ resolvedAt: null });
  });

  it('refuses a thread that is gone', async () => {
    const db = freshDb();
    await expect(
      setThreadResolvedCommand(fixedContext(db, NOW), { threadId: 'gone', resolvedBy: 'Ann' }),
    ).rejects.toThrow('This thread no longer exists.');
  });
});
