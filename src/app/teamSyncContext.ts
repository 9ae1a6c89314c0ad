import { createContext } from 'react';
import type { TeamState } from '../sync/teamConnection';

/** The roles of a shared workspace (docs/team-server.md), as the screens see them. */
export type TeamRole = 'owner' | 'editor' | 'reviewer';

export interface SharedAs {
  server: string;
  workspaceId: string;
  memberId: string;
  name: string;
  role: TeamRole;
}

/** What the shell and the screens see of team sync; features reach src/sync only through this. */
export type TeamStatus = TeamState;

export interface TeamSyncValue {
  /** How the open workspace is shared, or null when it is this browser's alone. */
  shared: SharedAs | null;
  status: TeamStatus | null;
  /** False for a reviewer: the server refuses their evidence edits, so the screens offer none. */
  canEditEvidence: boolean;
  /** Creates the workspace on the server as its owner and uploads it. */
  share(server: string, name: string): Promise<void>;
  /** A link that lets someone join with `role`. */
  inviteLink(role: TeamRole): Promise<string>;
  /** Joins from an invite: a new local workspace, downloaded, then opened. */
  join(server: string, invite: string, name: string): Promise<void>;
  goOffline(): void;
  reconnect(): void;
}

export const TeamSyncContext = createContext<TeamSyncValue | null>(null);
