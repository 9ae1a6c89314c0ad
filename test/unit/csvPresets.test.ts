import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkAccountMapping,
  checkDealMapping,
  customFieldKey,
  detectAccountMapping,
  detectDealMapping,
  type ColumnAssignment,
} from '../../src/import/csv/columnMapping';
import { parseCsvText } from '../../src/import/csv/parseCsv';
import { PRESETS, detectPreset, headerKey } from '../../src/import/csv/presets';

const headersOf = (name: string): string[] => {
  const result = parseCsvText(
    readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.csv.headers;
};

const targets = <T extends string>(mapping: ColumnAssignment<T>[]) =>
  Object.fromEntries(mapping.map(({ column, target }) => [column, target]));

describe('detectPreset', () => {
  it('recognises each fixture', () => {
    expect(detectPreset(headersOf('hubspot-companies-messy.csv'))).toBe('hubspot-companies');
    expect(detectPreset(headersOf('salesforce-opportunities.csv'))).toBe(
      'salesforce-opportunities',
    );
    expect(detectPreset(headersOf('generic-accounts.csv'))).toBe('tourbook-accounts');
  });

  it('ignores case, spaces and punctuation in headers', () => {
    expect(detectPreset(['OPPORTUNITY NAME', 'account_name', 'Stage'])).toBe(
      'salesforce-opportunities',
    );
    expect(detectPreset([' record id ', 'Company-Name'])).toBe('hubspot-companies');
    expect(headerKey(' Country/Region ')).toBe('countryregion');
  });

  it('falls back to the generic accounts CSV for unknown headers', () => {
    expect(detectPreset(['foo', 'bar'])).toBe('tourbook-accounts');
    expect(detectPreset([])).toBe('tourbook-accounts');
    expect(PRESETS['salesforce-opportunities'].kind).toBe('deals');
  });
});

describe('column mapping', () => {
  it('maps the HubSpot export, keeping company revenue out of ARR', () => {
    const mapping = detectAccountMapping(
      headersOf('hubspot-companies-messy.csv'),
      'hubspot-companies',
    );
    expect(targets(mapping)).toEqual({
      'Record ID': 'crmId',
      'Company name': 'name',
      'Company Domain Name': 'domain',
      'Create Date': 'ignore',
      'Lifecycle Stage': 'lifecycleStage',
      Industry: 'industry',
      'Number of Employees': 'employees',
      'Annual Revenue': 'custom',
      ARR: 'arr',
      'Country/Region': 'region',
      'Became a Customer Date': 'customerSince',
      Description: 'ignore',
    });
    expect(checkAccountMapping(mapping, headersOf('hubspot-companies-messy.csv'))).toEqual([]);
  });

  it('maps every generic Tourbook column to its field', () => {
    const headers = headersOf('generic-accounts.csv');
    const mapping = detectAccountMapping(headers, 'tourbook-accounts');
    expect(mapping.every(({ column, target }) => column === target)).toBe(true);
  });

  it('maps the Salesforce report', () => {
    expect(targets(detectDealMapping(headersOf('salesforce-opportunities.csv')))).toEqual({
      'Opportunity Name': 'name',
      'Account Name': 'accountName',
      Website: 'accountDomain',
      Stage: 'stage',
      Amount: 'amount',
      'Created Date': 'createdOn',
      'Close Date': 'closedOn',
      'Closed Lost Reason': 'lossReason',
      'Opportunity ID': 'crmId',
    });
  });

  it('gives a field to the first column naming it and leaves namesakes for the user', () => {
    const mapping = detectAccountMapping(
      ['Company', 'Company name', 'Website'],
      'tourbook-accounts',
    );
    expect(targets(mapping)).toEqual({
      Company: 'name',
      'Company name': 'ignore',
      Website: 'domain',
    });
  });

  it('lets a saved mapping win, and drops saved targets that are not fields', () => {
    const headers = ['Company', 'Size', 'Notes'];
    const mapping = detectAccountMapping(headers, 'tourbook-accounts', [
      { column: 'Size', target: 'employees' },
      { column: 'Notes', target: 'custom' },
      { column: 'Company', target: 'password' },
      { column: 'Gone', target: 'arr' },
    ]);
    expect(targets(mapping)).toEqual({ Company: 'name', Size: 'employees', Notes: 'custom' });
  });

  it('flags a mapping without a name, a field mapped twice, or a missing column', () => {
    const issues = checkAccountMapping(
      [
        { column: 'a', target: 'arr' },
        { column: 'b', target: 'arr' },
        { column: 'zz', target: 'ignore' },
      ],
      ['a', 'b'],
    );
    expect(issues.map((i) => i.message)).toEqual([
      'There is no column “zz” in this file.',
      '“a” and “b” are all mapped to arr; choose one.',
      'Map a column to name: every account needs one.',
    ]);
    expect(checkDealMapping([{ column: 'x', target: 'stage' }], ['x'])[0]?.message).toMatch(
      /accountName or accountDomain/,
    );
  });

  it('renames custom fields that would reach an object prototype, with a warning', () => {
    expect(customFieldKey('__proto__')).toBe('__proto__ (column)');
    expect(customFieldKey('constructor')).toBe('constructor (column)');
    expect(customFieldKey('prototype')).toBe('prototype (column)');
    expect(customFieldKey('Notes')).toBe('Notes');
    const issues = checkAccountMapping(
      [
        { column: 'name', target: 'name' },
        { column: '__proto__', target: 'custom' },
      ],
      ['name', '__proto__'],
    );
    expect(issues).toEqual([
      {
        severity: 'warning',
        column: '__proto__',
        message: '“__proto__” cannot be a custom field name; it is stored as “__proto__ (column)”.',
      },
    ]);
  });
});
