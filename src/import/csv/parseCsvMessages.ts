/** The messages between parseCsvInWorker (page) and parseCsv.worker.ts. */
import type { CsvReadResult, ParsedCsv } from './parseCsv';
import type { CsvParseProgress } from './parseCsvFile';

export interface ParseCsvRequest {
  file: Blob;
  delimiter?: string;
}

export type ParseCsvResponse =
  | { type: 'head'; csv: ParsedCsv }
  | { type: 'progress'; progress: CsvParseProgress }
  | { type: 'done'; result: CsvReadResult };
