import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { addCommentCommand, setThreadResolvedCommand } from '../../commands/commentCommands';
import { listCommentsOn } from '../../db/commentsRepo';
import { threadsAt, type CommentThread } from '../../domain/review/commentThreads';
import type { CommentPlace } from '../../domain/schemas/comment';
import type { CommentEnv } from './commentEnv';

const NAME_KEY = 'tourbook.commentAuthor';

/** The name a browser of one last signed its comments with; this device's convenience only. */
export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Private windows may refuse storage; the name is then asked again next time.
  }
}

/**
 * The threads at one place and the ways to add to them. In a shared workspace comments are
 * signed with the member's own name; in a browser of one, with the name typed beside them.
 */
export function useComments({ ctx, run, member }: CommentEnv, place: CommentPlace) {
  const { targetKind, targetId, anchor } = place;
  const comments = useLiveQuery(
    () => listCommentsOn(ctx.db, targetKind, targetId),
    [ctx.db, targetKind, targetId],
  );
  const threads = useMemo<CommentThread[] | undefined>(
    () => comments && threadsAt(comments, { targetKind, targetId, anchor }),
    [comments, targetKind, targetId, anchor],
  );
  const signedName = member?.name ?? null;
  const authorId = member?.memberId ?? 'me';

  const post = useCallback(
    async (body: string, typedName: string, threadId: string | null) => {
      const authorName = signedName ?? typedName;
      await run(
        addCommentCommand(ctx, {
          targetKind,
          targetId,
          anchor,
          threadId,
          authorId,
          authorName,
          body,
        }),
        { failed: 'The comment was not added', throwErrors: true },
      );
      if (signedName === null) rememberName(typedName.trim());
    },
    [run, ctx, targetKind, targetId, anchor, authorId, signedName],
  );

  const resolve = useCallback(
    async (threadId: string, resolved: boolean) => {
      // In a browser of one, the name this device last commented with.
      const by = signedName ?? (rememberedName() || 'Someone');
      await run(setThreadResolvedCommand(ctx, { threadId, resolvedBy: resolved ? by : null }), {
        failed: resolved ? 'The thread was not resolved' : 'The thread was not reopened',
      });
    },
    [run, ctx, signedName],
  );

  return { threads, signedName, post, resolve };
}
