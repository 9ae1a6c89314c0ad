/**
 * The size limit, kept apart from the parser so the page can refuse a file without loading
 * papaparse: only the worker needs it.
 */
import type { CsvReadError } from './parseCsv';

/** 50 MiB: well above a 10,000-row export (≈4 MB), well below what a tab can hold twice. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checked on the file's size before a byte is read. */
export function checkCsvSize(bytes: number): CsvReadError | null {
  if (bytes <= MAX_CSV_BYTES) return null;
  return {
    kind: 'too_large',
    bytes,
    message: `This file is ${formatBytes(bytes)}; files over ${formatBytes(MAX_CSV_BYTES)} cannot be imported. Split it or filter the export.`,
  };
}
