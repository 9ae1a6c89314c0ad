/**
 * Reads a CSV file (a Blob) into ParsedCsv: size first, then bytes, then text. Used inside
 * parseCsv.worker.ts so a large file never blocks the page, and directly by tests.
 */
import { checkCsvSize } from './fileSize';
import { BINARY_ERROR, parseCsvText, type CsvReadResult, type ParsedCsv } from './parseCsv';
import type { ParseCsvRequest, ParseCsvResponse } from './parseCsvMessages';

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
/** Enough for the header and a hundred or more rows: what the mapping shows. */
export const HEAD_BYTES = 64 * 1024;

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, what Excel's "CSV" writes. */
function decode(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), utf8: false };
  }
}

async function readBytes(file: Blob): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}

function parseBytes(
  bytes: Uint8Array,
  options: ParseCsvFileOptions & { partial?: boolean },
): CsvReadResult {
  if (bytes.subarray(0, BINARY_SAMPLE_BYTES).includes(0)) return { ok: false, error: BINARY_ERROR };
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const { text, utf8 } = decode(hadBom ? bytes.subarray(3) : bytes);
  const totalBytes = bytes.length;
  const { onProgress } = options;
  const result = parseCsvText(text, {
    hadBom,
    ...(options.partial ? { partial: true } : {}),
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

export async function parseCsvFile(
  file: Blob,
  options: ParseCsvFileOptions = {},
): Promise<CsvReadResult> {
  const tooLarge = checkCsvSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  const bytes = await readBytes(file);
  if (!bytes) {
    return {
      ok: false,
      error: { kind: 'unreadable', message: 'The file could not be read. Try choosing it again.' },
    };
  }
  return parseBytes(bytes, options);
}

/**
 * The header and first rows of a file larger than HEAD_BYTES, read from its start alone, so
 * the mapping can be shown while the rest is parsed. Null for a smaller file (it is parsed
 * whole as quickly) and when the start cannot tell: the whole file's parse then says why.
 */
export async function parseCsvHead(
  file: Blob,
  options: Pick<ParseCsvFileOptions, 'delimiter'> = {},
): Promise<ParsedCsv | null> {
  if (file.size <= HEAD_BYTES || checkCsvSize(file.size)) return null;
  const bytes = await readBytes(file.slice(0, HEAD_BYTES));
  // Cut after the last line break: byte 0x0A is never part of a multi-byte UTF-8 character.
  const end = bytes ? bytes.lastIndexOf(0x0a) : -1;
  if (!bytes || end < 0) return null;
  const head = parseBytes(bytes.subarray(0, end + 1), { ...options, partial: true });
  return head.ok ? head.csv : null;
}

/** What the worker answers one request with: a large file's head first, then the whole. */
export async function answerParseRequest(
  { file, delimiter }: ParseCsvRequest,
  post: (message: ParseCsvResponse) => void,
): Promise<void> {
  const options = delimiter === undefined ? {} : { delimiter };
  const head = await parseCsvHead(file, options);
  if (head) post({ type: 'head', csv: head });
  const result = await parseCsvFile(file, {
    ...options,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
}
