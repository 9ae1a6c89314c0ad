import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, checkCsvSize } from '../../src/import/csv/fileSize';
import { parseCsvText, type CsvReadResult, type ParsedCsv } from '../../src/import/csv/parseCsv';
import {
  HEAD_BYTES,
  parseCsvFile,
  parseCsvHead,
  type CsvParseProgress,
} from '../../src/import/csv/parseCsvFile';
import { parseCsvInWorker } from '../../src/import/csv/parseCsvInWorker';
import { generateAccountsCsv } from '../fixtures/csv/generateAccountsCsv';
import { holding, InProcessWorker } from '../fixtures/csv/inProcessWorker';

const fixture = (name: string) => new URL(`../fixtures/csv/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fixture(name), 'utf8');

const parsed = (result: CsvReadResult): ParsedCsv => {
  if (!result.ok)
    throw new Error(`expected a parse, got ${result.error.kind}: ${result.error.message}`);
  return result.csv;
};

describe('parseCsvText', () => {
  it('reads the messy HubSpot export: BOM, quoted commas and newlines', () => {
    const csv = parsed(parseCsvText(text('hubspot-companies-messy.csv')));
    expect(csv.hadBom).toBe(true);
    expect(csv.headers[0]).toBe('Record ID');
    expect(csv.headers).toHaveLength(12);
    expect(csv.records).toHaveLength(25);
    expect(csv.warnings.map((w) => w.kind)).toContain('bom');
    const description = csv.headers.indexOf('Description');
    expect(csv.records[0]?.cells[description]).toBe('Flagship customer, uses everything');
    expect(csv.records[1]?.cells[description]).toBe(
      'Bakery chain in Hamburg\r\nwith a multi-line description',
    );
    // The quoted newline does not shift the numbering of the rows after it.
    expect(csv.records[2]?.row).toBe(3);
    expect(csv.records[2]?.cells[1]).toBe('  Globex Corporation  ');
  });

  it('skips a Salesforce report’s title, filters, totals and copyright lines', () => {
    const csv = parsed(parseCsvText(text('salesforce-opportunities.csv')));
    expect(csv.headers[0]).toBe('Opportunity Name');
    expect(csv.records).toHaveLength(15);
    expect(csv.records[0]?.row).toBe(1);
    expect(csv.records[14]?.cells[0]).toBe('Oscorp - Lab suite');
    expect(csv.skippedPreamble.filter(Boolean)).toEqual([
      'Opportunities Report',
      'Filtered By:',
      'Close Date equals LAST 12 MONTHS',
    ]);
    expect(csv.skippedFooter.join('\n')).toMatch(/Grand Totals \(15 records\)/);
    expect(csv.skippedFooter.join('\n')).toMatch(/Confidential Information/);
    expect(csv.skippedFooter.join('\n')).toMatch(/Acme Sales Org/);
    expect(csv.warnings.map((w) => w.kind)).toEqual(expect.arrayContaining(['preamble', 'footer']));
  });

  it('keeps a real last row that happens to have a single cell', () => {
    const csv = parsed(parseCsvText('name,domain\nAcme,acme.com\nGlobex,\n'));
    expect(csv.records.map((r) => r.cells)).toEqual([
      ['Acme', 'acme.com'],
      ['Globex', ''],
    ]);
  });

  it('detects a semicolon delimiter and says so', () => {
    const csv = parsed(parseCsvText(text('semicolon.csv')));
    expect(csv.delimiter).toBe(';');
    expect(csv.headers).toEqual(['name', 'domain', 'arr', 'employees', 'customerSince']);
    expect(csv.records[1]?.cells[0]).toBe('Müller; Söhne KG');
    expect(csv.warnings.find((w) => w.kind === 'delimiter')?.message).toBe(
      'Columns are separated by semicolons (;).',
    );
  });

  it('reports a single column that holds semicolons or tabs', () => {
    const semicolons = parseCsvText('name;domain\nAcme;acme.com\n', { delimiter: ',' });
    expect(semicolons).toMatchObject({
      ok: false,
      error: { kind: 'wrong_delimiter', delimiter: ',', suspected: ';' },
    });
    const tabs = parseCsvText('name\tdomain\nAcme\tacme.com\n', { delimiter: ',' });
    expect(tabs).toMatchObject({ ok: false, error: { kind: 'wrong_delimiter', suspected: '\t' } });
    // Re-reading with the suspected delimiter works.
    expect(
      parsed(parseCsvText('name;domain\nAcme;acme.com\n', { delimiter: ';' })).headers,
    ).toEqual(['name', 'domain']);
  });

  it('refuses empty files, header-only files and binary content', () => {
    expect(parseCsvText('')).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(parseCsvText('\ufeff  \n\n')).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(parseCsvText(text('header-only.csv'))).toMatchObject({
      ok: false,
      error: { kind: 'header_only', headers: ['name', 'domain', 'arr'] },
    });
    const binary = readFileSync(fixture('binary.bin')).toString('latin1');
    expect(parseCsvText(binary)).toMatchObject({ ok: false, error: { kind: 'binary' } });
    expect(parseCsvText('\u0001\u0002\u0003\u0004abc')).toMatchObject({
      ok: false,
      error: { kind: 'binary' },
    });
  });

  it('names blank headers, renames repeated ones and numbers rows past blank lines', () => {
    const csv = parsed(parseCsvText('name,,name\nAcme,x,y\n\nGlobex,z,w\n'));
    expect(csv.headers).toEqual(['name', 'Column 2', 'name (2)']);
    expect(csv.records.map((r) => r.row)).toEqual([1, 3]);
    expect(csv.warnings.map((w) => w.kind)).toContain('renamed_header');
  });

  it('reports rows with too many cells instead of shifting their values', () => {
    const csv = parsed(parseCsvText('name,arr\nAcme,100\nAcme, Inc,200\nGlobex\n'));
    expect(csv.records.map((r) => r.row)).toEqual([1, 3]);
    expect(csv.records[1]?.cells).toEqual(['Globex', '']);
    expect(csv.rowProblems).toEqual([
      {
        row: 2,
        cells: ['Acme', ' Inc', '200'],
        reason: 'has 3 cells but the header has 2; a cell probably contains an unquoted “,”',
      },
    ]);
    expect(csv.warnings.map((w) => w.kind)).toContain('short_rows');
  });

  it('reports progress with row counts', () => {
    const progress: number[] = [];
    parseCsvText(generateAccountsCsv(2500), { onProgress: (p) => progress.push(p.rowsParsed) });
    expect(progress).toEqual([1000, 2000, 2501]);
  });

  it('never throws: arbitrary text gives a result or a typed error', () => {
    const kinds = ['too_large', 'binary', 'empty', 'header_only', 'wrong_delimiter'];
    const csvish = fc
      .array(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('"', ',', ';', '\n', '\r\n', '""')), {
          maxLength: 6,
        }),
        {
          maxLength: 8,
        },
      )
      .map((rows) => rows.map((cells) => cells.join(',')).join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), csvish), (input) => {
        const result = parseCsvText(input);
        if (result.ok) {
          for (const record of result.csv.records) {
            expect(record.cells).toHaveLength(result.csv.headers.length);
            expect(record.row).toBeGreaterThan(0);
          }
        } else {
          expect(kinds).toContain(result.error.kind);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseCsvFile', () => {
  it('refuses files over 50 MB before reading them', async () => {
    expect(checkCsvSize(MAX_CSV_BYTES)).toBeNull();
    const huge = {
      size: MAX_CSV_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob; // a stand-in: allocating 50 MB in a unit test is wasteful
    const result = await parseCsvFile(huge);
    expect(result).toMatchObject({ ok: false, error: { kind: 'too_large' } });
    if (!result.ok) expect(result.error.message).toMatch(/over 50\.0 MB/);
  });

  it('spots binary files by their NUL bytes', async () => {
    const result = await parseCsvFile(new Blob([readFileSync(fixture('binary.bin'))]));
    expect(result).toMatchObject({ ok: false, error: { kind: 'binary' } });
  });

  it('notices the UTF-8 BOM in the bytes and reports byte progress', async () => {
    const bytes = readFileSync(fixture('hubspot-companies-messy.csv'));
    const progress: CsvParseProgress[] = [];
    const csv = parsed(
      await parseCsvFile(new Blob([bytes]), { onProgress: (p) => progress.push(p) }),
    );
    expect(csv.hadBom).toBe(true);
    expect(csv.headers[0]).toBe('Record ID');
    expect(progress.at(-1)).toEqual({
      rowsParsed: 26,
      bytesParsed: bytes.length,
      totalBytes: bytes.length,
    });
  });

  it('reads Windows-1252 files (what Excel writes) and says so', async () => {
    const latin = Uint8Array.from(
      [...'name\nNordlicht B']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe4],
          [...'ckerei\n'].map((c) => c.charCodeAt(0)),
        ),
    );
    const csv = parsed(await parseCsvFile(new Blob([latin])));
    expect(csv.records[0]?.cells[0]).toBe('Nordlicht Bäckerei');
    expect(csv.warnings.map((w) => w.kind)).toContain('encoding');
  });
});

describe('parseCsvHead', () => {
  const big = generateAccountsCsv(10_000);

  it('reads the header and first rows of a large file from its start alone', async () => {
    const whole = parsed(await parseCsvFile(new Blob([big])));
    const head = await parseCsvHead(new Blob([big]));
    expect(head?.headers).toEqual(whole.headers);
    expect(head?.records.length).toBeGreaterThan(50);
    expect(head?.records.length).toBeLessThan(HEAD_BYTES / 300);
    expect(head?.records).toEqual(whole.records.slice(0, head?.records.length));
    expect(head?.rowProblems).toEqual([]);
  });

  it('drops the row cut off at the end of its bytes, even inside a quoted cell', async () => {
    const lines = ['name,notes'];
    for (let i = 1; lines.join('\n').length < HEAD_BYTES - 100; i += 1) lines.push(`Co ${i},short`);
    const kept = lines.length - 1;
    lines.push(`Cut Co,"${'a long note\n'.repeat(100)}"`, 'Last Co,short');
    const csv = lines.join('\n');
    const head = await parseCsvHead(new Blob([csv]));
    expect(head?.rowProblems).toEqual([]);
    expect(head?.records.length).toBeLessThanOrEqual(kept);
    expect(head?.records.at(-1)?.cells[0]).toMatch(/^Co \d+$/);
    const whole = parsed(await parseCsvFile(new Blob([csv])));
    expect(whole.records.at(-2)?.cells[0]).toBe('Cut Co');
    expect(whole.rowProblems).toEqual([]);
  });

  it('leaves a small file to be parsed whole', async () => {
    expect(await parseCsvHead(new Blob([generateAccountsCsv(10)]))).toBeNull();
  });
});

describe('parseCsvInWorker', () => {
  it('resolves with the parse and forwards progress', async () => {
    const worker = new InProcessWorker();
    const progress: CsvParseProgress[] = [];
    const job = parseCsvInWorker(new Blob([generateAccountsCsv(1500)]), {
      createWorker: () => worker as unknown as Worker,
      onProgress: (p) => progress.push(p),
    });
    const csv = parsed(await job.promise);
    expect(csv.records).toHaveLength(1500);
    expect(progress.map((p) => p.rowsParsed)).toEqual([1000, 1501]);
    expect(worker.terminated).toBe(true);
  });

  it('gives a large file’s header and first rows first, and all of its rows later', async () => {
    const { held, release } = holding();
    const worker = new InProcessWorker(held);
    const job = parseCsvInWorker(new Blob([generateAccountsCsv(10_000)]), {
      createWorker: () => worker as unknown as Worker,
    });
    let whole: CsvReadResult | null = null;
    void job.promise.then((result) => (whole = result));
    const head = await job.head;
    expect(head?.headers[0]).toBe('name');
    expect(head?.records[0]?.cells[0]).toMatch(/ 1 /);
    expect(whole).toBeNull();
    release();
    expect(parsed(await job.promise).records).toHaveLength(10_000);
    expect(worker.posted.at(0)).toBe('head');
    expect(worker.posted.at(-1)).toBe('done');
  });

  it('abandons a file when another is chosen: nothing of its rest comes through', async () => {
    const { held, release } = holding();
    const first = new InProcessWorker(held);
    const progress: CsvParseProgress[] = [];
    const abandoned = parseCsvInWorker(new Blob([generateAccountsCsv(3000)]), {
      createWorker: () => first as unknown as Worker,
      onProgress: (p) => progress.push(p),
    });
    expect(await abandoned.head).not.toBeNull();
    abandoned.cancel();
    const next = parseCsvInWorker(new Blob([generateAccountsCsv(400)]), {
      createWorker: () => new InProcessWorker() as unknown as Worker,
    });
    release();
    expect(parsed(await next.promise).records).toHaveLength(400);
    expect(await abandoned.promise).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    expect(first.terminated).toBe(true);
    expect(first.posted).toEqual(['head']);
    expect(progress).toEqual([]);
  });

  it('reports a fault far down the file once the parse reaches it, after a clean head', async () => {
    const csv = `${generateAccountsCsv(10_000)}\r\nTail Co,"tail.example,CRM-X`;
    const job = parseCsvInWorker(new Blob([csv]), {
      createWorker: () => new InProcessWorker() as unknown as Worker,
    });
    expect((await job.head)?.rowProblems).toEqual([]);
    const whole = parsed(await job.promise);
    expect(whole.rowProblems).toMatchObject([
      { row: 10_001, reason: 'a quoted cell is never closed, so the rest of the file ran into it' },
    ]);
  });

  it('ends with a clear error when the rest of the file cannot be read', async () => {
    const file = new Blob([generateAccountsCsv(1000)]);
    // The file changed or went away after its start was read: only the whole read fails.
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new Error('gone')) });
    const job = parseCsvInWorker(file, {
      createWorker: () => new InProcessWorker() as unknown as Worker,
    });
    expect(await job.head).not.toBeNull();
    expect(await job.promise).toMatchObject({
      ok: false,
      error: { kind: 'unreadable', message: 'The file could not be read. Try choosing it again.' },
    });
  });

  it('cancels: the promise resolves with a cancelled error and the worker stops', async () => {
    const worker = new InProcessWorker();
    const job = parseCsvInWorker(new Blob([generateAccountsCsv(10)]), {
      createWorker: () => worker as unknown as Worker,
    });
    job.cancel();
    expect(await job.promise).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    expect(worker.terminated).toBe(true);
  });

  it('refuses a file over 50 MB without starting a worker', async () => {
    let started = false;
    const job = parseCsvInWorker({ size: MAX_CSV_BYTES + 1 } as Blob, {
      createWorker: () => {
        started = true;
        return new InProcessWorker() as unknown as Worker;
      },
    });
    expect(await job.promise).toMatchObject({ ok: false, error: { kind: 'too_large' } });
    expect(started).toBe(false);
  });
});
