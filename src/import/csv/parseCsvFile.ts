/**
 * Reads a CSV file (a Blob) into ParsedCsv: size first, then bytes, then text. Used inside
 * parseCsv.worker.ts so a large file never blocks the page, and directly by tests.
 */
import { checkCsvSize } from './fileSize';
import { BINARY_ERROR, parseCsvText, type CsvReadResult } from './parseCsv';

export interface CsvParseProgress {
  rowsParsed: number;
  /** Estimated from the characters parsed so far. */
  bytesParsed: number;
  totalBytes: number;
}

export interface ParseCsvFileOptions {
  delimiter?: string;
  onProgress?: (progress: CsvParseProgress) => void;
}

const BINARY_SAMPLE_BYTES = 8192;

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, what Excel's "CSV" writes. */
function decode(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), utf8: false };
  }
}

export async function parseCsvFile(
  file: Blob,
  options: ParseCsvFileOptions = {},
): Promise<CsvReadResult> {
  const tooLarge = checkCsvSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return {
      ok: false,
      error: { kind: 'unreadable', message: 'The file could not be read. Try choosing it again.' },
    };
  }
  if (bytes.subarray(0, BINARY_SAMPLE_BYTES).includes(0)) return { ok: false, error: BINARY_ERROR };
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const { text, utf8 } = decode(hadBom ? bytes.subarray(3) : bytes);
  const totalBytes = file.size;
  const { onProgress } = options;
  const result = parseCsvText(text, {
    hadBom,
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    ...(onProgress
      ? {
          onProgress: ({ rowsParsed, charsParsed }) =>
            onProgress({
              rowsParsed,
              bytesParsed: Math.round((charsParsed / Math.max(text.length, 1)) * totalBytes),
              totalBytes,
            }),
        }
      : {}),
  });
  if (result.ok && !utf8) {
    result.csv.warnings.push({
      kind: 'encoding',
      message:
        'The file is not UTF-8; it was read as Windows-1252 (Western European). Check accented names.',
    });
  }
  return result;
}
