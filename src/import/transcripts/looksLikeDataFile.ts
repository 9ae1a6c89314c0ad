/**
 * Files people pick by mistake for a transcript: a CRM export, a JSON dump, a saved web page.
 * Without a timing line or speaker lines they would otherwise be read as plain text, and a
 * 5,000-row CSV would become 5,000 "turns" of an interview.
 */
export type DataFileKind = 'csv' | 'json' | 'markup';

const DELIMITERS = [',', ';', '\t'] as const;
const SAMPLE_LINES = 20;
/** Spoken sentences rarely keep one comma count for this many lines running. */
const MIN_TABLE_LINES = 5;

function count(line: string, delimiter: string): number {
  let n = 0;
  for (const ch of line) if (ch === delimiter) n += 1;
  return n;
}

/** Every sampled line splits into the same number (3 or more) of cells. */
function looksTabular(lines: readonly string[], minLines: number): boolean {
  const sample = lines.filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
  if (sample.length < minLines) return false;
  return DELIMITERS.some((delimiter) => {
    const first = count(sample[0] ?? '', delimiter);
    return first >= 2 && sample.every((line) => count(line, delimiter) === first);
  });
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    // Not JSON after all: a transcript may well open with a bracket.
    return false;
  }
}

export function looksLikeDataFile(fileName: string, text: string): DataFileKind | null {
  const trimmed = text.trimStart();
  if (/^(<!doctype|<html|<\?xml)/i.test(trimmed)) return 'markup';
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && parsesAsJson(trimmed)) {
    return 'json';
  }
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const lines = text.split('\n');
  // A file named .csv or .tsv needs only a header and two rows to show it is a table.
  const tableHint = extension === 'csv' || extension === 'tsv';
  return looksTabular(lines, tableHint ? 3 : MIN_TABLE_LINES) ? 'csv' : null;
}

const KIND_NAMES: Record<DataFileKind, string> = {
  csv: 'a table (CSV)',
  json: 'JSON data',
  markup: 'a web page or XML',
};

export function dataFileMessage(kind: DataFileKind): string {
  const accounts =
    kind === 'csv' ? ' Accounts and deals are imported from the Accounts page (Import CSV).' : '';
  return (
    `This looks like ${KIND_NAMES[kind]}, not a transcript.${accounts} ` +
    'For a call, export WebVTT (.vtt), SRT (.srt), an Otter text export or plain text (.txt).'
  );
}
