/**
 * Who wrote a change that arrived from the team: each member's bridge signs the doc's `authors`
 * map with its member id and name under its Y.Doc client id (new each session) when it first
 * pushes, and an arriving transaction whose changes all come from one client is theirs. It is
 * attribution for the change log, not proof: the server checks tokens, not these entries.
 */
import * as Y from 'yjs';
import { sameValue } from './recordMap';

export const AUTHORS_MAP = 'authors';

export interface Author {
  memberId: string;
  name: string;
}

/** Puts this session's client id → author in the doc, once. Call inside the push's transact. */
export function signAuthor(doc: Y.Doc, author: Author): void {
  const authors = doc.getMap<unknown>(AUTHORS_MAP);
  const key = String(doc.clientID);
  if (!sameValue(authors.get(key), author)) authors.set(key, { ...author });
}

/**
 * The member id of whoever made `transaction`'s changes: the one client whose clock it moved,
 * when the doc knows that client. Null when several clients' changes came at once (a first
 * download, a catch-up after being offline) or the client never signed.
 */
export function transactionAuthor(transaction: Y.Transaction): string | null {
  const clients: number[] = [];
  for (const [client, clock] of transaction.afterState) {
    if ((transaction.beforeState.get(client) ?? 0) < clock) clients.push(client);
  }
  if (clients.length !== 1) return null;
  const entry = transaction.doc.getMap<unknown>(AUTHORS_MAP).get(String(clients[0]));
  const memberId = (entry as Partial<Author> | undefined)?.memberId;
  return typeof memberId === 'string' && memberId.trim() !== '' ? memberId : null;
}

/** Record keys per table, split by the actor `actorOf` names for each. */
export function groupByAuthor<T>(
  keys: ReadonlyMap<T, ReadonlySet<string>>,
  actorOf: (table: T, key: string) => string,
): Map<string, Map<T, Set<string>>> {
  const groups = new Map<string, Map<T, Set<string>>>();
  for (const [table, set] of keys) {
    for (const key of set) {
      const actor = actorOf(table, key);
      let group = groups.get(actor);
      if (!group) groups.set(actor, (group = new Map()));
      let tableKeys = group.get(table);
      if (!tableKeys) group.set(table, (tableKeys = new Set()));
      tableKeys.add(key);
    }
  }
  return groups;
}
