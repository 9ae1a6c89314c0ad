import { describe, expect, it } from 'vitest';
import {
  settledCheck,
  startRowCheck,
  stillValid,
  type ImportSetup,
  type ReadCsv,
} from '../../src/features/accounts/import/checkRows';
import { lastChangeSeq } from '../../src/db/changeQueries';
import { detectAccountMapping } from '../../src/import/csv/columnMapping';
import { parseCsvText } from '../../src/import/csv/parseCsv';
import { detectPreset } from '../../src/import/csv/presets';
import { accountRecord } from '../fixtures/records';
import { freshDb } from './freshDb';

const CSV = [
  'Company name,Company Domain Name,Industry',
  ...Array.from({ length: 600 }, (_, i) => `Company ${i},company-${i}.example,Retail`),
  'Acme,acme.example,Retail',
].join('\n');

function source(): ReadCsv {
  const read = parseCsvText(CSV);
  if (!read.ok) throw new Error(read.error.message);
  return { file: new File([CSV], 'accounts.csv', { type: 'text/csv' }), csv: read.csv };
}

const setupFor = ({ csv }: ReadCsv): ImportSetup => ({
  kind: 'accounts',
  preset: detectPreset(csv.headers),
  mapping: detectAccountMapping(csv.headers, detectPreset(csv.headers)),
});

describe('the early row check', () => {
  it('checks every row of the file', async () => {
    const db = freshDb();
    const read = source();
    const check = startRowCheck(db, read, setupFor(read));
    const checked = await check.result;
    expect(checked?.review.kind).toBe('accounts');
    expect(checked?.review.kind === 'accounts' && checked.review.drafts).toHaveLength(601);
  });

  it('is reused only for the same file and mapping while nothing was written since', async () => {
    const db = freshDb();
    const read = source();
    const setup = setupFor(read);
    const check = startRowCheck(db, read, setup);
    await check.result;
    expect(await stillValid(db, check, read, setup)).toBe(true);
    expect(await stillValid(db, check, read, setupFor(read))).toBe(false);
    expect(await stillValid(db, check, source(), setup)).toBe(false);
    expect(await stillValid(db, null, read, setup)).toBe(false);

    // An account added meanwhile (another tab, a sync) could be one of the file's duplicates.
    await db.transaction('rw', db.accounts, () =>
      db.accounts.add(accountRecord({ id: 'a1', name: 'Acme', domain: 'acme.example' })),
    );
    expect(await stillValid(db, check, read, setup)).toBe(false);
    const again = await startRowCheck(db, read, setup).result;
    expect(again?.review.duplicates).toHaveLength(1);
  });

  it('stops when cancelled and answers null', async () => {
    const db = freshDb();
    const read = source();
    const check = startRowCheck(db, read, setupFor(read));
    check.cancel();
    expect(await check.result).toBeNull();
  });

  it('is taken at once when done and the log seen live has not moved, never otherwise', async () => {
    const db = freshDb();
    const read = source();
    const setup = setupFor(read);
    const check = startRowCheck(db, read, setup);
    const newest = await lastChangeSeq(db);
    expect(settledCheck(check, read, setup, newest)).toBeNull();
    const checked = await check.result;
    expect(settledCheck(check, read, setup, newest)).toBe(checked);
    expect(settledCheck(check, read, setupFor(read), newest)).toBeNull();
    expect(settledCheck(check, source(), setup, newest)).toBeNull();
    // Not yet known, or moved on: Check rows asks the log itself.
    expect(settledCheck(check, read, setup, undefined)).toBeNull();
    await db.transaction('rw', db.accounts, () =>
      db.accounts.add(accountRecord({ id: 'a1', name: 'Acme', domain: 'acme.example' })),
    );
    expect(settledCheck(check, read, setup, await lastChangeSeq(db))).toBeNull();
  });
});
