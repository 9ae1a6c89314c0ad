/**
 * Main-thread client of parseCsv.worker.ts. The promise always resolves (never rejects) with
 * a CsvReadResult, so a dialog handles cancel, refusal and worker crashes in one place.
 */
import { checkCsvSize } from './fileSize';
import type { CsvReadResult, ParsedCsv } from './parseCsv';
import type { CsvParseProgress } from './parseCsvFile';
import type { ParseCsvRequest, ParseCsvResponse } from './parseCsvMessages';

export interface ParseCsvInWorkerOptions {
  /** Leave unset to detect it; set it to re-read after a `wrong_delimiter` error. */
  delimiter?: string;
  onProgress?: (progress: CsvParseProgress) => void;
  /** Where the worker comes from; tests and other bundlers can supply their own. */
  createWorker?: () => Worker;
}

export interface ParseCsvJob {
  /**
   * A large file's header and first rows, while the rest is still parsed; null when nothing
   * comes before the whole (a small file, a failure, a cancel).
   */
  head: Promise<ParsedCsv | null>;
  promise: Promise<CsvReadResult>;
  /** Stops parsing at once; the promise resolves with a `cancelled` error. */
  cancel: () => void;
}

const moduleWorker = () =>
  new Worker(new URL('./parseCsv.worker.ts', import.meta.url), { type: 'module' });

let spare: Worker | null = null;

/**
 * Starts a worker before the file is chosen (when the import dialog opens), so that loading its
 * script is not part of the wait between choosing a file and seeing its columns. Returns the
 * function that ends it if no file came.
 */
export function prestartCsvWorker(): () => void {
  if (typeof Worker === 'undefined') return () => {};
  const started = spare ?? moduleWorker();
  spare = started;
  return () => {
    if (spare !== started) return;
    started.terminate();
    spare = null;
  };
}

function takeWorker(): Worker {
  const worker = spare ?? moduleWorker();
  spare = null;
  return worker;
}

export function parseCsvInWorker(file: Blob, options: ParseCsvInWorkerOptions = {}): ParseCsvJob {
  // Refused before the file is read or a worker is started.
  const tooLarge = checkCsvSize(file.size);
  if (tooLarge)
    return {
      head: Promise.resolve(null),
      promise: Promise.resolve({ ok: false, error: tooLarge }),
      cancel: () => {},
    };

  const worker = (options.createWorker ?? takeWorker)();
  let seeHead: (head: ParsedCsv | null) => void = () => {};
  const head = new Promise<ParsedCsv | null>((resolve) => {
    seeHead = resolve;
  });
  let settle: (result: CsvReadResult) => void = () => {};
  const promise = new Promise<CsvReadResult>((resolve) => {
    settle = (result) => {
      worker.terminate();
      settle = () => {};
      seeHead(null);
      resolve(result);
    };
  });
  worker.onmessage = (event: MessageEvent<ParseCsvResponse>) => {
    const message = event.data;
    if (message.type === 'head') seeHead(message.csv);
    else if (message.type === 'progress') options.onProgress?.(message.progress);
    else settle(message.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({
      ok: false,
      error: { kind: 'unreadable', message: `The file could not be parsed: ${event.message}` },
    });
  };
  const request: ParseCsvRequest = {
    file,
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
  };
  worker.postMessage(request);
  return {
    head,
    promise,
    cancel: () => settle({ ok: false, error: { kind: 'cancelled', message: 'Import cancelled.' } }),
  };
}
