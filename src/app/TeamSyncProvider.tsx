import { useLiveQuery } from 'dexie-react-hooks';
import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router';
import { setChangeActor } from '../db/changeLog';
import { openWorkspaceDb } from '../db/openWorkspaceDb';
import { getMembership, putMembership, type Membership } from '../sync/memberships';
import { createInvite, createTeamWorkspace, joinTeamWorkspace } from '../sync/teamApi';
import type { TeamConnection } from '../sync/teamConnection';
import { inviteLink, normaliseServer } from '../sync/teamLink';
import {
  listDecisions,
  putRequiredApprovals,
  recordDecision,
  versionHash,
} from '../sync/teamReviewApi';
import {
  TeamSyncContext,
  type TeamReview,
  type TeamRole,
  type TeamSyncValue,
} from './teamSyncContext';
import { useWorkspace } from './useWorkspace';

/** Yjs, y-indexeddb and the provider load with the first shared workspace, not on first load. */
const loadConnection = () => import('../sync/teamConnection');

const noSubscription = () => () => undefined;
const noState = () => null;

function serverOrThrow(text: string): string {
  const server = normaliseServer(text);
  if (!server) throw new Error('Enter the team server’s address, like http://127.0.0.1:1234.');
  return server;
}

/**
 * Runs team sync for the open workspace when it is shared: one TeamConnection (src/sync) for
 * it, its status for the shell, and the share, invite and join actions for the screens.
 */
export function TeamSyncProvider({ children }: { children: ReactNode }) {
  const { registry, current, db, create, rename, switchTo } = useWorkspace();
  const currentId = current?.id ?? null;
  const membership = useLiveQuery(
    async () => (currentId ? getMembership(registry, currentId) : null),
    [registry, currentId],
  );
  const [loaded, setLoaded] = useState<{ key: string; connection: TeamConnection } | null>(null);
  const key = db && membership ? `${db.name} ${membership.token}` : null;
  useEffect(() => {
    if (!db || !membership || key === null) return;
    let cancelled = false;
    void loadConnection().then(({ connectTeam }) => {
      if (!cancelled) setLoaded({ key, connection: connectTeam(db, membership) });
    });
    return () => {
      cancelled = true;
    };
  }, [db, membership, key]);
  const connection = loaded && loaded.key === key ? loaded.connection : null;
  const status = useSyncExternalStore(
    connection?.subscribe ?? noSubscription,
    connection?.getSnapshot ?? noState,
  );

  // Local writes are logged as this member, so the log says who changed what.
  useEffect(() => {
    setChangeActor(membership ? membership.memberId : 'me');
  }, [membership]);

  const { pathname } = useLocation();
  useEffect(() => connection?.setPage(pathname), [connection, pathname]);

  const connect = useCallback(
    async (localId: string, dbName: string, grant: Membership) => {
      await putMembership(registry, localId, grant);
      const { connectTeam } = await loadConnection();
      const joined = connectTeam(openWorkspaceDb(dbName), grant);
      await joined.opened;
      return joined;
    },
    [registry],
  );

  const review = useMemo<TeamReview | null>(
    () =>
      membership && connection
        ? {
            versionHash,
            decisions: (versionId) => listDecisions(membership, versionId),
            decide: async ({ version, decision, note }) => {
              const hash = await versionHash(version);
              const entry = await recordDecision(membership, {
                versionId: version.id,
                versionHash: hash,
                decision,
                note,
              });
              connection.review.announceDecision(version.id, entry.seq);
              return entry;
            },
            setRequiredApprovals: (required) => putRequiredApprovals(membership, required),
            onDecisions: (listener) => connection.review.onDecisions(listener),
          }
        : null,
    [membership, connection],
  );

  const value = useMemo<TeamSyncValue>(
    () => ({
      shared: membership
        ? {
            server: membership.server,
            workspaceId: membership.workspaceId,
            memberId: membership.memberId,
            name: membership.name,
            role: membership.role,
          }
        : null,
      status,
      canEditEvidence: membership?.role !== 'reviewer',
      share: async (serverText, name) => {
        if (!current) throw new Error('Open a workspace to share it.');
        const server = serverOrThrow(serverText);
        const grant = await createTeamWorkspace(server, current.id, name);
        const shared = await connect(current.id, current.dbName, { server, ...grant });
        shared.setSharedName(current.name);
        await shared.whenSynced();
      },
      inviteLink: async (role: TeamRole) => {
        if (!membership) throw new Error('Share this workspace first.');
        const token = await createInvite(
          membership.server,
          membership.workspaceId,
          role,
          membership.token,
        );
        return inviteLink(location.origin, { server: membership.server, invite: token });
      },
      join: async (serverText, invite, name) => {
        const server = serverOrThrow(serverText);
        const grant = await joinTeamWorkspace(server, invite, name);
        const workspace = await create(`Shared workspace ${grant.workspaceId.slice(0, 8)}`);
        const joined = await connect(workspace.id, workspace.dbName, { server, ...grant });
        await joined.whenSynced();
        const sharedName = joined.sharedName();
        if (sharedName) await rename(workspace.id, sharedName);
        await switchTo(workspace.id);
      },
      goOffline: () => connection?.goOffline(),
      reconnect: () => connection?.reconnect(),
      review,
    }),
    [membership, status, current, connect, create, rename, switchTo, connection, review],
  );

  return <TeamSyncContext.Provider value={value}>{children}</TeamSyncContext.Provider>;
}
