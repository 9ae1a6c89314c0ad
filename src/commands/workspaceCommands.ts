import { checkedBackup, recordBackupDownload, restoreIntoNewWorkspace } from '../db/backupRepo';
import { changesSince, lastChangeSeq } from '../db/changeQueries';
import type { RegistryDb } from '../db/registryDb';
import type { SnapshotRecord } from '../db/snapshotsDb';
import {
  pruneOrphanSnapshots,
  restoreOverCurrent,
  restoreSnapshot,
  takeScheduledSnapshotIfDue,
} from '../db/snapshotsRepo';
import { summariseCounts } from '../domain/backupCounts';
import { backupFileName, type ParsedBackup } from '../domain/backupFormat';
import type { ChangeSource } from '../domain/schemas/change';
import type { Workspace } from '../domain/schemas/workspace';
import type { CommandContext } from './context';
import { keptSentence, type CommandOutcome, type UndoReport } from './outcome';

type WorkspaceRef = Pick<Workspace, 'id' | 'name'>;

export interface BackupFile {
  text: string;
  fileName: string;
}

/**
 * Makes the backup file of the open workspace (read back before it is offered) and records
 * when it was made, which the backup reminder reads. The caller hands the file to the browser.
 */
export async function backupFileCommand(
  ctx: CommandContext,
  { registry, workspace }: { registry: RegistryDb; workspace: WorkspaceRef },
): Promise<CommandOutcome<BackupFile>> {
  const { text, counts } = await checkedBackup(ctx.db);
  const at = ctx.now();
  const fileName = backupFileName(workspace.name, at);
  await recordBackupDownload(registry, workspace.id, at);
  return {
    result: { text, fileName },
    message: `Downloaded ${fileName} (${summariseCounts(counts)}).`,
  };
}

export interface RestoreAsNewInput {
  registry: RegistryDb;
  name: string;
  parsed: ParsedBackup;
}

/** What restoring into a new workspace says; its screen adds a button that opens it. */
export const restoredAsNewSentence = (parsed: ParsedBackup, created: Pick<Workspace, 'name'>) =>
  `Restored ${summariseCounts(parsed.meta.counts)} into the new workspace “${created.name}”.`;

/** A new workspace holding the backup; the open one is untouched, so there is nothing to undo. */
export async function restoreIntoNewWorkspaceCommand(
  _ctx: CommandContext,
  { registry, name, parsed }: RestoreAsNewInput,
): Promise<CommandOutcome<Workspace>> {
  const created = await restoreIntoNewWorkspace(registry, name, parsed);
  return {
    result: created,
    message: restoredAsNewSentence(parsed, created),
  };
}

/** The sources of writes someone would lose were their data replaced. */
const KEEPING: ReadonlySet<ChangeSource> = new Set(['local', 'remote', 'import', 'restore']);

async function recordsEditedAfter(ctx: CommandContext, seq: number): Promise<number> {
  const changes = await changesSince(ctx.db, seq);
  return new Set(changes.filter((c) => KEEPING.has(c.source)).map((c) => `${c.table} ${c.key}`))
    .size;
}

/**
 * The Undo of a restore: the snapshot taken just before it, restored in turn (which snapshots
 * the restored data first). A later edit would be lost by that, so then nothing is put back and
 * the user is told where the earlier data is.
 */
function undoRestore(
  ctx: CommandContext,
  workspaceId: string,
  before: SnapshotRecord,
  seq: number,
): () => Promise<UndoReport> {
  return async () => {
    const edited = await recordsEditedAfter(ctx, seq);
    if (edited > 0) {
      return {
        message: `${keptSentence(edited, ['record', 'records'], 'the restore')} Nothing was put back; the data from before it is in Local snapshots.`,
        kept: edited,
      };
    }
    await restoreSnapshot(workspaceId, ctx.db, before.id, ctx.now(), 'undo');
    return {
      message: 'The data from before the restore is back. The restored data is kept as a snapshot.',
      kept: 0,
    };
  };
}

export interface RestoreOverCurrentInput {
  workspace: WorkspaceRef;
  parsed: ParsedBackup;
}

/** Replaces the open workspace's data with the backup, after a snapshot of what is there. */
export async function restoreOverCurrentCommand(
  ctx: CommandContext,
  { workspace, parsed }: RestoreOverCurrentInput,
): Promise<CommandOutcome<null>> {
  const before = await restoreOverCurrent(workspace.id, ctx.db, parsed, ctx.now());
  // Read once the restore committed: whatever is logged after this is someone's later work.
  const seq = await lastChangeSeq(ctx.db);
  return {
    result: null,
    message: `Replaced “${workspace.name}” with the backup (${summariseCounts(parsed.meta.counts)}). The previous data is kept as a snapshot.`,
    undo: undoRestore(ctx, workspace.id, before, seq),
  };
}

export interface RestoreSnapshotInput {
  workspaceId: string;
  snapshotId: string;
  /** When the snapshot was taken, as the list shows it. */
  takenLabel: string;
}

/** Replaces the open workspace's data with one of its local snapshots, after snapshotting it. */
export async function restoreSnapshotCommand(
  ctx: CommandContext,
  { workspaceId, snapshotId, takenLabel }: RestoreSnapshotInput,
): Promise<CommandOutcome<null>> {
  const before = await restoreSnapshot(workspaceId, ctx.db, snapshotId, ctx.now());
  const seq = await lastChangeSeq(ctx.db);
  return {
    result: null,
    message: `Restored the snapshot from ${takenLabel}. The data it replaced is kept as a snapshot.`,
    undo: undoRestore(ctx, workspaceId, before, seq),
  };
}

/**
 * Background upkeep rather than a user's operation, so no outcome: the hourly snapshot of the
 * open workspace when one is due, then pruning by the retention rule.
 */
export function takeScheduledSnapshot(
  ctx: CommandContext,
  workspaceId: string,
): Promise<SnapshotRecord | null> {
  return takeScheduledSnapshotIfDue(workspaceId, ctx.db, ctx.now());
}

/** Background upkeep: deleting a workspace promised its data is gone, snapshots included. */
export function dropSnapshotsOfDeletedWorkspaces(
  liveWorkspaceIds: readonly string[],
): Promise<number> {
  return pruneOrphanSnapshots(liveWorkspaceIds);
}
