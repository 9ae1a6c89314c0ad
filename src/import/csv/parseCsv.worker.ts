/**
 * Module worker: parses one CSV file off the main thread and streams row counts back.
 * Cancelling is the page terminating this worker, so there is no abort message to handle.
 */
import { parseCsvFile } from './parseCsvFile';
import type { ParseCsvRequest, ParseCsvResponse } from './parseCsvMessages';

// tsconfig loads the DOM and WebWorker libs together, so `self` is typed as a Window.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ParseCsvResponse) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ParseCsvRequest>) => {
  const { file, delimiter } = event.data;
  const result = await parseCsvFile(file, {
    ...(delimiter === undefined ? {} : { delimiter }),
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
};
