import { describe, expect, it } from 'vitest';
import { openThreadCount, threadsAt } from '../../../src/domain/review/commentThreads';
import type { Comment } from '../../../src/domain/schemas/comment';

function comment(id: string, at: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    targetKind: 'is_line',
    targetId: 'v1',
    anchor: 'B2B SaaS',
    threadId: null,
    authorId: 'me',
    authorName: 'Ann',
    body: id,
    resolvedAt: null,
    resolvedBy: null,
    ...extra,
  };
}

describe('threadsAt', () => {
  it('groups replies under their first comment, oldest first, at one place only', () => {
    const comments = [
      comment('r2', '2026-12-05T03:05:00.000Z', { threadId: 't1' }),
      comment('t2', '2026-12-05T03:02:00.000Z', { resolvedAt: '2026-12-05T03:09:00.000Z' }),
      comment('t1', '2026-12-05T03:00:00.000Z'),
      comment('r1', '2026-12-05T03:01:00.000Z', { threadId: 't1' }),
      comment('other', '2026-12-05T03:00:00.000Z', { anchor: 'Agencies' }),
    ];
    const threads = threadsAt(comments, {
      targetKind: 'is_line',
      targetId: 'v1',
      anchor: 'B2B SaaS',
    });
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id), t.resolved])).toEqual([
      ['t1', ['r1', 'r2'], false],
      ['t2', [], true],
    ]);
    expect(openThreadCount(threads)).toBe(1);
  });

  it('keeps a reply whose first comment is gone as a thread of its own', () => {
    const threads = threadsAt([comment('r1', '2026-12-05T03:01:00.000Z', { threadId: 'gone' })], {
      targetKind: 'is_line',
      targetId: 'v1',
      anchor: 'B2B SaaS',
    });
    expect(threads.map((t) => t.root.id)).toEqual(['r1']);
  });
});
