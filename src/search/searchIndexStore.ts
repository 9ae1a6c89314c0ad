/**
 * The page's side of search: one worker (searchIndex.worker.ts) per open workspace, started when
 * the first subscriber arrives and stopped when the last one leaves. The index, minisearch and
 * the indexing work all live in the worker, so none of it weighs on the first load or on typing;
 * a query costs one message each way.
 *
 * One query is in the worker at a time. Keys typed meanwhile replace each other, and only the
 * newest is sent when the answer comes back: a burst of typing costs one query, not one per key
 * queued behind each other. A query replaced that way resolves with null.
 *
 * A keystroke's query is answered within the keystroke's own task when the page is cross-origin
 * isolated: the page waits up to ANSWER_WAIT_MS for the worker to put its answer in shared
 * memory (sharedAnswer.ts), so the results are painted with the typed letter. A message would
 * bring them a frame later. The message still comes, for an answer that took longer.
 *
 * When the tab is hidden or the page is left, the worker is asked to write its snapshot now
 * instead of at the end of its debounce, so the next start-up loads instead of rebuilding.
 */
import type { Cohort } from '../domain/schemas/cohort';
import type { SearchGroup } from './searchIndex';
import type { SearchIndexStatus } from './searchIndexSync';
import { createAnswerSlot, takeAnswer } from './sharedAnswer';
import {
  emptyStatus,
  type SearchWorkerRequest,
  type SearchWorkerResponse,
} from './searchWorkerMessages';

/**
 * How long a keystroke waits for the worker's answer: one frame. An answer later than that is
 * painted a frame late whichever way it comes, so waiting longer gains nothing; stopping sooner
 * would let a query that needs 12 ms miss the frame it could have made.
 */
const ANSWER_WAIT_MS = 16;

const LOADING = emptyStatus('loading');
const UNAVAILABLE = emptyStatus('unavailable');

interface OpenIndex {
  status: SearchIndexStatus;
  listeners: Set<() => void>;
  search(query: string, cohort: Cohort | null, limitPerKind: number): Promise<SearchGroup[] | null>;
  close(): void;
}

type SearchRequest = Omit<Extract<SearchWorkerRequest, { type: 'search' }>, 'shared'>;

const open = new Map<string, OpenIndex>();

const moduleWorker = () =>
  new Worker(new URL('./searchIndex.worker.ts', import.meta.url), { type: 'module' });

let spare: Worker | null = null;

/**
 * Starts a worker before any workspace is known, so that fetching and compiling its script (about
 * 60 ms) runs beside the page's own start-up instead of after it. The first index opened takes it.
 */
export function prestartSearchWorker(): void {
  if (typeof Worker !== 'undefined' && !spare) spare = moduleWorker();
}

function takeWorker(): Worker {
  const worker = spare ?? moduleWorker();
  spare = null;
  return worker;
}

function startIndex(dbName: string): OpenIndex {
  const listeners = new Set<() => void>();
  const waiting = new Map<number, (groups: SearchGroup[]) => void>();
  let next: { request: SearchRequest; resolve: (groups: SearchGroup[] | null) => void } | null =
    null;
  let nextId = 1;
  const entry: OpenIndex = {
    status: LOADING,
    listeners,
    search: () => Promise.resolve([]),
    close: () => {},
  };
  const setStatus = (status: SearchIndexStatus) => {
    entry.status = status;
    for (const listener of listeners) listener();
  };
  if (typeof Worker === 'undefined') {
    setStatus(UNAVAILABLE);
    return entry;
  }

  const worker = takeWorker();
  const answers = createAnswerSlot();
  const send = (message: SearchWorkerRequest) => worker.postMessage(message);
  const giveUp = () => {
    for (const resolve of waiting.values()) resolve([]);
    waiting.clear();
    next?.resolve([]);
    next = null;
  };
  /** `keystroke`: sent from the typing itself, which may wait for the answer (see the top). */
  const sendNext = (keystroke: boolean) => {
    if (!next || waiting.size > 0) return;
    const { request, resolve } = next;
    next = null;
    waiting.set(request.id, resolve);
    // An index still loading or catching up would not answer in time: the wait would be lost.
    const wait =
      keystroke && answers !== null && entry.status.state === 'ready' && !entry.status.syncing;
    send({ ...request, shared: wait });
    if (!wait) return;
    const groups = takeAnswer(answers, request.id, ANSWER_WAIT_MS);
    if (groups === undefined) return;
    waiting.delete(request.id);
    // Our own worker's JSON of SearchGroup[] (searchIndex.worker.ts).
    resolve(groups as SearchGroup[]);
  };
  worker.onmessage = (event: MessageEvent<SearchWorkerResponse>) => {
    const message = event.data;
    if (message.type === 'status') {
      setStatus(message.status);
      if (message.status.state === 'unavailable') giveUp();
      return;
    }
    waiting.get(message.id)?.(message.groups);
    waiting.delete(message.id);
    sendNext(false);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    giveUp();
    setStatus(UNAVAILABLE);
  };
  const persistNow = () => send({ type: 'persist', thenClose: false });
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') persistNow();
  };
  addEventListener('pagehide', persistNow);
  document.addEventListener('visibilitychange', onVisibility);

  entry.search = (query, cohort, limitPerKind) => {
    if (entry.status.state === 'unavailable') return Promise.resolve([]);
    const request: SearchRequest = { type: 'search', id: nextId++, query, cohort, limitPerKind };
    return new Promise((resolve) => {
      next?.resolve(null);
      next = { request, resolve };
      sendNext(true);
    });
  };
  entry.close = () => {
    removeEventListener('pagehide', persistNow);
    document.removeEventListener('visibilitychange', onVisibility);
    giveUp();
    // Terminating right away would cut short a snapshot still to be written: the worker
    // writes it and closes itself, and is ended regardless if that takes too long.
    send({ type: 'persist', thenClose: true });
    setTimeout(() => worker.terminate(), 10_000);
  };
  send({ type: 'open', dbName, answers });
  return entry;
}

/**
 * Subscribes to the workspace's index status, starting the index if it is not running. The
 * index stops a moment after the last subscriber leaves, so a remount (React's StrictMode,
 * a route change above the header) reuses it instead of starting over.
 */
export function subscribeSearchIndex(dbName: string, listener: () => void): () => void {
  let entry = open.get(dbName);
  if (!entry) {
    entry = startIndex(dbName);
    open.set(dbName, entry);
  }
  const current = entry;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    setTimeout(() => {
      if (current.listeners.size > 0 || open.get(dbName) !== current) return;
      open.delete(dbName);
      current.close();
    }, 0);
  };
}

export function searchIndexStatus(dbName: string): SearchIndexStatus {
  return open.get(dbName)?.status ?? LOADING;
}

export function searchWorkspace(
  dbName: string,
  query: string,
  cohort: Cohort | null,
  limitPerKind: number,
): Promise<SearchGroup[] | null> {
  return open.get(dbName)?.search(query, cohort, limitPerKind) ?? Promise.resolve([]);
}
