import { startTransition, useEffect, useRef, useState } from 'react';
import { buildEvidenceMatrix, type EvidenceMatrix } from '../../domain/synthesis/evidenceMatrix';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';
import type { MatrixWorkerRequest, MatrixWorkerResponse } from './matrixWorkerMessages';

/** Read by the bench: request to result, so it covers the count and the trip to the worker. */
export const MATRIX_MEASURE = 'synthesis:matrix';
const MATRIX_START = 'synthesis:matrix:start';

interface Computed {
  id: number;
  input: SynthesisInput;
  filters: SynthesisFilters;
}

const startWorker = () =>
  new Worker(new URL('./evidenceMatrix.worker.ts', import.meta.url), { type: 'module' });

/**
 * The matrix for the input and filters, computed in a worker; undefined until the first result.
 * While a recompute runs the previous matrix stays on screen, and the new one renders in a
 * transition so a 300-cell table never lands as one long task.
 */
export function useEvidenceMatrix(
  input: SynthesisInput,
  filters: SynthesisFilters,
): { matrix: EvidenceMatrix | undefined; pending: boolean } {
  const worker = useRef<Worker | null>(null);
  const latest = useRef<Computed>({ id: 0, input, filters });
  const [result, setResult] = useState<(Computed & { matrix: EvidenceMatrix }) | null>(null);

  useEffect(() => {
    // Without workers (old browsers, jsdom) the count runs here; that was the budget's baseline.
    if (typeof Worker === 'undefined') return;
    const started = startWorker();
    started.onmessage = (event: MessageEvent<MatrixWorkerResponse>) => {
      const { id, matrix } = event.data;
      const request = latest.current;
      // An answer to filters already replaced is dropped: only the newest may reach the screen.
      if (id !== request.id) return;
      performance.measure(MATRIX_MEASURE, MATRIX_START);
      startTransition(() => setResult({ ...request, matrix }));
    };
    worker.current = started;
    return () => {
      started.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const message: MatrixWorkerRequest = { type: 'input', input };
    worker.current?.postMessage(message);
  }, [input]);

  useEffect(() => {
    const request = { id: latest.current.id + 1, input, filters };
    latest.current = request;
    const { id } = request;
    performance.mark(MATRIX_START);
    if (!worker.current) {
      const matrix = buildEvidenceMatrix(input, filters);
      performance.measure(MATRIX_MEASURE, MATRIX_START);
      startTransition(() => setResult({ ...request, matrix }));
      return;
    }
    const message: MatrixWorkerRequest = { type: 'compute', id, filters };
    worker.current.postMessage(message);
  }, [input, filters]);

  return {
    matrix: result?.matrix,
    pending: result?.input !== input || result.filters !== filters,
  };
}
