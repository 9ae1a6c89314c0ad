import { describe, expect, it } from 'vitest';
import { withMapsAsPairs } from '../../src/domain/legacyMaps';
import {
  mergedPairs,
  pairsFrom,
  pairsToMap,
  pairValue,
  withPair,
} from '../../src/domain/schemas/pairs';

const HOSTILE = ['constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty'];

describe('maps stored as pairs', () => {
  it('look up, set and remove by key, whatever the key is called', () => {
    for (const key of HOSTILE) {
      const pairs = withPair([{ key: 'Owner', value: 'Dana' }], key, 'x');
      expect(pairs).toEqual([
        { key: 'Owner', value: 'Dana' },
        { key, value: 'x' },
      ]);
      expect(pairValue(pairs, key)).toBe('x');
      expect(pairValue([], key)).toBeUndefined();
      expect(pairsToMap(pairs).get(key)).toBe('x');
      expect(withPair(pairs, key, undefined)).toEqual([{ key: 'Owner', value: 'Dana' }]);
    }
    expect(pairValue(undefined, 'Owner')).toBeUndefined();
  });

  it('keep each key once: a later value replaces an earlier one in its place', () => {
    expect(
      pairsFrom([
        ['a', 1],
        ['b', 2],
        ['a', 3],
      ]),
    ).toEqual([
      { key: 'a', value: 3 },
      { key: 'b', value: 2 },
    ]);
    const merged = mergedPairs(
      [
        { key: 'Owner', value: 'Dana' },
        { key: 'Tier', value: 'Gold' },
      ],
      [
        { key: 'Region', value: 'EMEA' },
        { key: 'Owner', value: 'Sam' },
      ],
    );
    expect(merged).toEqual([
      { key: 'Owner', value: 'Sam' },
      { key: 'Tier', value: 'Gold' },
      { key: 'Region', value: 'EMEA' },
    ]);
  });
});

describe('records from before maps were pairs', () => {
  // Parsed from text, as a database or a backup file hands them over.
  const row = (json: string) => JSON.parse(json) as Record<string, unknown>;

  it('turn every object map into pairs, in order, own keys only', () => {
    const account = row(
      '{"id":"a","customFields":{"__proto__":"x","constructor":"y","Owner":"z"}}',
    );
    expect(withMapsAsPairs('accounts', account)).toEqual({
      id: 'a',
      customFields: [
        { key: '__proto__', value: 'x' },
        { key: 'constructor', value: 'y' },
        { key: 'Owner', value: 'z' },
      ],
    });
    expect(withMapsAsPairs('deals', row('{"id":"d"}'))).toEqual({ id: 'd' });
    expect(withMapsAsPairs('interviews', row('{"speakerMap":{"toString":"c-1"}}'))).toEqual({
      speakerMap: [{ key: 'toString', value: 'c-1' }],
    });
    const version = row(
      '{"snapshot":{"separation":1,"scores":{"constructor":2},"evidence":{},"accounts":{"__proto__":{"cohort":"churner","matched":[]}}}}',
    );
    expect(withMapsAsPairs('icpVersions', version)).toEqual({
      snapshot: {
        separation: 1,
        scores: [{ key: 'constructor', value: 2 }],
        evidence: [],
        accounts: [{ key: '__proto__', value: { cohort: 'churner', matched: [] } }],
      },
    });
    expect(withMapsAsPairs('icpVersions', row('{"snapshot":null}'))).toEqual({ snapshot: null });
    const imported = row(
      '{"previousAccounts":[{"id":"a","customFields":{"prototype":"p"}}],"previousDeals":[{"id":"d"}]}',
    );
    expect(withMapsAsPairs('imports', imported)).toEqual({
      previousAccounts: [{ id: 'a', customFields: [{ key: 'prototype', value: 'p' }] }],
      previousDeals: [{ id: 'd' }],
    });
    // The input is left as it was.
    expect(Object.keys(account.customFields as object)).toEqual([
      '__proto__',
      'constructor',
      'Owner',
    ]);
  });

  it('leave records already in today’s shape, other tables and damaged values alone', () => {
    const today = { id: 'a', customFields: [{ key: 'Owner', value: 'Dana' }] };
    expect(withMapsAsPairs('accounts', today)).toEqual(today);
    const contact = row('{"id":"c","name":{"constructor":1}}');
    expect(withMapsAsPairs('contacts', contact)).toBe(contact);
    for (const damaged of [null, 'text', 7, ['a']]) {
      expect(withMapsAsPairs('accounts', damaged)).toEqual(damaged);
      expect(withMapsAsPairs('accounts', { customFields: damaged })).toEqual({
        customFields: damaged,
      });
    }
  });
});
