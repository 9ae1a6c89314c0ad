import { z } from 'zod';
import { recordBase, shortText } from './common';

/** What a review thread is about (issue #18, "Review as a team"). */
export const COMMENT_TARGETS = [
  'finding',
  'trait',
  'is_line',
  'is_not_line',
  'version_diff',
] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];

export const commentSchema = z.object({
  ...recordBase,
  targetKind: z.enum(COMMENT_TARGETS),
  /** The finding's or trait's id; the ICP version's for its lines and its diff. */
  targetId: z.string().min(1),
  /**
   * Which part of the target: the IS / IS NOT line's text, or the version a diff compares with;
   * empty for a finding or a trait. A line has no id of its own, and its text is what was read.
   */
  anchor: z.string().max(1000),
  /** The thread's first comment; null on that first comment itself. */
  threadId: z.string().min(1).nullable(),
  /** The member id in a shared workspace, `me` in a browser of one. */
  authorId: z.string().min(1),
  authorName: shortText('Your name', 100),
  body: shortText('Comment', 5000),
  /** Set on a thread's first comment only: the thread is resolved. */
  resolvedAt: z.iso.datetime().nullable(),
  resolvedBy: z.string().max(100).nullable(),
});
export type Comment = z.infer<typeof commentSchema>;

/** One place comments are attached: a target, and the part of it. */
export interface CommentPlace {
  targetKind: CommentTarget;
  targetId: string;
  anchor: string;
}
