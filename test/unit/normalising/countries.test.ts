import { describe, expect, it } from 'vitest';
import { countryOfCode, resolveCountry } from '../../../src/domain/normalising/countries';
import { regionLabel } from '../../../src/domain/normalising/regionLabel';

describe('resolveCountry', () => {
  it('gives the four spellings of the United States one code and one continent', () => {
    const spellings = ['US', 'USA', 'United States', 'United States of America', ' u.s.a. '];
    const resolved = spellings.map(resolveCountry);
    expect(new Set(resolved.map((c) => c?.code))).toEqual(new Set(['US']));
    expect(resolved[0]).toEqual({ code: 'US', name: 'United States', continent: 'North America' });
  });

  it('resolves UK and England to GB, Deutschland to DE, alpha-3 codes and accents', () => {
    expect(resolveCountry('UK')?.code).toBe('GB');
    expect(resolveCountry('England')?.code).toBe('GB');
    expect(resolveCountry('Great Britain')?.code).toBe('GB');
    expect(resolveCountry('Deutschland')?.code).toBe('DE');
    expect(resolveCountry('germany')?.code).toBe('DE');
    expect(resolveCountry('DEU')?.code).toBe('DE');
    expect(resolveCountry('Česko')?.code).toBe('CZ');
    expect(resolveCountry('The Netherlands')?.code).toBe('NL');
  });

  it('leaves what names no country alone', () => {
    expect(resolveCountry('EMEA')).toBeNull();
    expect(resolveCountry('')).toBeNull();
    expect(resolveCountry('Hamburg')).toBeNull();
  });

  it('reads a stored code back as its country', () => {
    expect(countryOfCode('DE')?.name).toBe('Germany');
    expect(countryOfCode('Germany')).toBeNull();
    expect(countryOfCode(null)).toBeNull();
  });
});

describe('regionLabel', () => {
  it('reads a country code as its name, and keeps the file’s spelling when it differs', () => {
    expect(regionLabel('US', 'USA')).toEqual({ label: 'United States', asWritten: 'USA' });
    expect(regionLabel('DE', 'Germany')).toEqual({ label: 'Germany', asWritten: null });
  });

  it('leaves a sales region as stored, and an empty one empty', () => {
    expect(regionLabel('EMEA')).toEqual({ label: 'EMEA', asWritten: null });
    expect(regionLabel(null, 'USA')).toBeNull();
  });
});
