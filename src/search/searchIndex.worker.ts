/**
 * Module worker: owns the search index of one workspace (see searchIndexSync for how it stays
 * current). The page sends 'open' once, then queries; it terminates the worker on a switch.
 */
import { WorkspaceDb } from '../db/schema';
import { writeAnswer } from './sharedAnswer';
import { startSearchIndexSync, type SearchIndexSync } from './searchIndexSync';
import {
  emptyStatus,
  type SearchWorkerRequest,
  type SearchWorkerResponse,
} from './searchWorkerMessages';

// tsconfig loads the DOM and WebWorker libs together, so `self` is typed as a Window.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchWorkerResponse) => scope.postMessage(message);

let sync: SearchIndexSync | null = null;
let answers: SharedArrayBuffer | null = null;

function open(dbName: string) {
  const db = new WorkspaceDb(dbName);
  // Another connection is deleting or upgrading the database. Dexie's own handler would close
  // and silently reopen it, which would recreate a deleted workspace; stop for good instead.
  db.on('versionchange', () => {
    sync?.stop();
    db.close();
    post({ type: 'status', status: emptyStatus('unavailable') });
  });
  sync = startSearchIndexSync(db, { onStatus: (status) => post({ type: 'status', status }) });
}

scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'open') {
    answers = message.answers;
    open(message.dbName);
  } else if (message.type === 'persist') {
    void sync?.persist().finally(() => {
      if (!message.thenClose) return;
      sync?.stop();
      scope.close();
    });
  } else {
    const groups =
      sync?.search(message.query, {
        cohort: message.cohort,
        limitPerKind: message.limitPerKind,
      }) ?? [];
    if (message.shared && answers) writeAnswer(answers, message.id, groups);
    // Also by message: the page may have stopped waiting on the slot.
    post({ type: 'results', id: message.id, groups });
  }
};
