import { useEffect, useRef } from 'react';
import { useWorkspace } from '../../app/useWorkspace';
import { commandContext } from '../../commands/context';
import {
  dropSnapshotsOfDeletedWorkspaces,
  takeScheduledSnapshot,
} from '../../commands/workspaceCommands';
import { useToast } from '../../ui/toastContext';

/**
 * Checked more often than snapshots are taken: a one-hour timer drifts, and a check that found
 * the newest snapshot 59:59 old would otherwise wait another full hour.
 */
const CHECK_EVERY_MS = 5 * 60 * 1000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Takes a local snapshot of the open workspace when it opens (if the newest is an hour old) and
 * then hourly while it stays open, pruning after each; drops the snapshots of deleted workspaces.
 */
export function useSnapshotSchedule(): void {
  const { current, db, workspaces } = useWorkspace();
  const toast = useToast();
  const workspaceId = current?.id ?? null;
  // Read when a failure is reported, so a rename does not restart the schedule.
  const workspaceName = useRef(current?.name ?? '');
  useEffect(() => {
    workspaceName.current = current?.name ?? '';
  }, [current?.name]);

  useEffect(() => {
    if (!workspaceId || !db) return;
    // A failure (a full disk, usually) is said once per failing streak: the retries every few
    // minutes must not repeat it, and the first check that works ends the streak.
    let failing = false;
    // Built here rather than with useCommandContext: the shell runs this before a workspace
    // may be open, when there is no database to give one.
    const ctx = commandContext(db);
    const check = () => {
      takeScheduledSnapshot(ctx, workspaceId).then(
        () => {
          failing = false;
        },
        (error: unknown) => {
          if (failing) return;
          failing = true;
          toast({
            tone: 'error',
            message: `The automatic snapshot of “${workspaceName.current}” failed: ${messageOf(error)} Tourbook keeps trying while it is open; download a backup from the Workspace page to be safe.`,
          });
        },
      );
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [workspaceId, db, toast]);

  // Joined so the effect runs when the set of workspaces changes, not on every list refresh.
  const liveIds = workspaces.map((w) => w.id).join(' ');
  useEffect(() => {
    dropSnapshotsOfDeletedWorkspaces(liveIds.split(' ')).catch((error: unknown) => {
      // Deleting a workspace promised its data is gone; say so when its snapshots linger.
      toast({
        tone: 'error',
        message: `Snapshots of a deleted workspace could not be removed yet: ${messageOf(error)} Tourbook tries again the next time it opens.`,
      });
    });
  }, [liveIds, toast]);
}
