/**
 * What the shell shows about team sync, worked out from the provider's state: pure, so the
 * wording is tested without a server.
 */

export type SyncPhase = 'connecting' | 'synced' | 'syncing' | 'offline' | 'rejected' | 'elsewhere';

export interface ProviderFacts {
  /** The socket is open and the server accepted the token. */
  connected: boolean;
  /** The first exchange with the server is done. */
  synced: boolean;
  /** Updates sent that the server has not confirmed. */
  unsynced: number;
  /** The member chose "Go offline". */
  paused: boolean;
  /** The server refused the token or closed the connection, in its words. */
  refusal: string | null;
  /** The server opened the evidence read-only (a reviewer). */
  readOnly: boolean;
  /** Another tab of this browser runs the sync of this workspace. */
  elsewhere: boolean;
}

export interface SyncSummary {
  phase: SyncPhase;
  pending: number;
  /** The line the status shows. */
  label: string;
}

export const READ_ONLY_REFUSAL =
  'As a reviewer you cannot change evidence; the change stays on this device only.';

export function summarise(facts: ProviderFacts): SyncSummary {
  const pending = facts.unsynced;
  if (facts.elsewhere) {
    return { phase: 'elsewhere', pending, label: 'Syncing in another tab' };
  }
  if (facts.refusal) return { phase: 'rejected', pending, label: `Rejected: ${facts.refusal}` };
  if (facts.readOnly && pending > 0) {
    return { phase: 'rejected', pending, label: `Rejected: ${READ_ONLY_REFUSAL}` };
  }
  if (facts.paused || !facts.connected) {
    return facts.synced || facts.paused
      ? { phase: 'offline', pending, label: `Offline — ${pending} pending` }
      : { phase: 'connecting', pending, label: 'Connecting…' };
  }
  if (!facts.synced || pending > 0) {
    return { phase: 'syncing', pending, label: `Syncing ${pending} changes` };
  }
  return { phase: 'synced', pending, label: 'Synced' };
}

/** The sentence of a refusal: the server's `{ error }` JSON, or the text as it came. */
export function refusalText(reason: string): string {
  try {
    const parsed: unknown = JSON.parse(reason);
    if (parsed && typeof parsed === 'object' && 'error' in parsed) {
      const { error } = parsed as { error: unknown };
      if (typeof error === 'string') return error;
    }
  } catch {
    // Not JSON: Hocuspocus's own reasons ("permission-denied") are plain words.
  }
  return reason || 'The team server refused the connection.';
}
