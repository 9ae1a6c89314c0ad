/**
 * Module worker: parses one CSV file off the main thread, its head first, and streams row
 * counts back. Cancelling is the page terminating this worker, so there is no abort message.
 */
import { answerParseRequest } from './parseCsvFile';
import type { ParseCsvRequest, ParseCsvResponse } from './parseCsvMessages';

// tsconfig loads the DOM and WebWorker libs together, so `self` is typed as a Window.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ParseCsvRequest>) =>
  answerParseRequest(event.data, (message: ParseCsvResponse) => scope.postMessage(message));
