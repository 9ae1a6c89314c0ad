import { describe, expect, it } from 'vitest';
import { readCountText } from '../../src/features/accounts/import/importLabels';

describe('the reading bar of the CSV import', () => {
  it('counts lines, since the header is one: a 150,000-row file ends at 150,001 lines', () => {
    expect(readCountText({ rowsParsed: 150_001, bytesParsed: 4_000, totalBytes: 4_000 })).toBe(
      '150,001 lines read',
    );
  });

  it('gives an estimate of the whole from the share of the file read so far', () => {
    expect(readCountText({ rowsParsed: 25_000, bytesParsed: 1_000, totalBytes: 4_000 })).toBe(
      '25,000 of ~100,000 lines',
    );
  });

  it('says the file is being opened before the first count', () => {
    expect(readCountText(null)).toBe('Opening the file…');
  });
});
