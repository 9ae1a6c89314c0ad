import type { EvidenceMatrix } from '../../domain/synthesis/evidenceMatrix';
import type { SynthesisFilters, SynthesisInput } from '../../domain/synthesis/synthesisInput';

/** The input is sent once per change of data; each filter change then sends only the filters. */
export type MatrixWorkerRequest =
  | { type: 'input'; input: SynthesisInput }
  | { type: 'compute'; id: number; filters: SynthesisFilters };

export interface MatrixWorkerResponse {
  id: number;
  matrix: EvidenceMatrix;
}
