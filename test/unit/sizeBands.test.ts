import { describe, expect, it } from 'vitest';
import {
  INTEGRATIONS_BANDS,
  SIZE_BANDS,
  integrationsBand,
  sizeBandForEmployees,
  sizeBandOf,
} from '../../src/domain/sizeBands';

describe('sizeBandForEmployees', () => {
  it.each([
    [1, '1-10'],
    [10, '1-10'],
    [11, '11-50'],
    [50, '11-50'],
    [51, '51-200'],
    [200, '51-200'],
    [201, '201-500'],
    [500, '201-500'],
    [501, '501-1000'],
    [1000, '501-1000'],
    [1001, '1001-5000'],
    [5000, '1001-5000'],
    [5001, '5001+'],
    [250_000, '5001+'],
  ])('%i employees → %s', (employees, band) => {
    expect(sizeBandForEmployees(employees)).toBe(band);
  });

  it('treats 0 employees as unknown', () => {
    expect(sizeBandForEmployees(0)).toBeNull();
  });
});

describe('sizeBandOf', () => {
  it('keeps a canonical band from the CRM', () => {
    // The band wins over the midpoint even when they disagree: it is what the CRM said.
    expect(sizeBandOf({ employeesBand: '201-500', employees: 120 })).toBe('201-500');
    for (const band of SIZE_BANDS) {
      expect(sizeBandOf({ employeesBand: band, employees: null })).toBe(band);
    }
  });

  it('accepts the usual spellings of a canonical band', () => {
    expect(sizeBandOf({ employeesBand: '51 - 200', employees: null })).toBe('51-200');
    expect(sizeBandOf({ employeesBand: '1001–5000', employees: null })).toBe('1001-5000');
    expect(sizeBandOf({ employeesBand: '5,001+', employees: null })).toBe('5001+');
  });

  it('derives the band from employees when the CRM band is not one of ours', () => {
    // Salesforce-style "51-250": its midpoint 150 was stored in employees.
    expect(sizeBandOf({ employeesBand: '51-250', employees: 150 })).toBe('51-200');
    expect(sizeBandOf({ employeesBand: null, employees: 42 })).toBe('11-50');
  });

  it('is null when nothing is known', () => {
    expect(sizeBandOf({ employeesBand: 'large', employees: null })).toBeNull();
    expect(sizeBandOf({ employeesBand: null, employees: null })).toBeNull();
  });
});

describe('integrationsBand', () => {
  it('starts a band at 4, the fit signal', () => {
    expect([0, 1, 3, 4, 6, 7, 30].map(integrationsBand)).toEqual([
      '0',
      '1-3',
      '1-3',
      '4-6',
      '4-6',
      '7+',
      '7+',
    ]);
    expect(INTEGRATIONS_BANDS).toEqual(['0', '1-3', '4-6', '7+']);
  });

  it('is null when integrations are not recorded', () => {
    expect(integrationsBand(null)).toBeNull();
  });
});
