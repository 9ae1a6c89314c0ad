import { createContext } from 'react';
import type { TeamDecision } from '../domain/review/teamSignOff';
import type { IcpVersion } from '../domain/schemas/icpVersion';
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
  /** Null in a browser of one, and until the shared workspace's connection has loaded. */
  review: TeamReview | null;
}

/**
 * Review in a shared workspace: decisions are recorded by the team server as the signed-in
 * member (docs/team-server.md), never typed names.
 */
export interface TeamReview {
  /** The hash of the version's frozen content the server records with each decision. */
  versionHash(version: IcpVersion): Promise<string>;
  /** Every decision on the version and the approvals the workspace asks. */
  decisions(versionId: string): Promise<{ entries: TeamDecision[]; required: number }>;
  decide(input: {
    version: IcpVersion;
    decision: TeamDecision['decision'];
    note: string | null;
  }): Promise<TeamDecision>;
  /** The owner's rule, kept by the server. */
  setRequiredApprovals(required: number): Promise<number>;
  /** Called when anyone records a decision; returns the unsubscribe. */
  onDecisions(listener: () => void): () => void;
}

export const TeamSyncContext = createContext<TeamSyncValue | null>(null);
