/**
 * Module worker: builds the evidence matrix off the main thread, so a filter change over
 * 20,000 quotes never blocks typing or scrolling while it counts.
 */
import { buildEvidenceMatrix } from '../../domain/synthesis/evidenceMatrix';
import type { SynthesisInput } from '../../domain/synthesis/synthesisInput';
import type { MatrixWorkerRequest, MatrixWorkerResponse } from './matrixWorkerMessages';

// tsconfig loads the DOM and WebWorker libs together, so `self` is typed as a Window.
const scope = self as unknown as DedicatedWorkerGlobalScope;

let input: SynthesisInput | null = null;

scope.onmessage = (event: MessageEvent<MatrixWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'input') {
    input = message.input;
    return;
  }
  if (!input) return;
  const response: MatrixWorkerResponse = {
    id: message.id,
    matrix: buildEvidenceMatrix(input, message.filters),
  };
  scope.postMessage(response);
};
