import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
} from '../../src/db/schema';
import { storesOf } from '../../src/db/tables';
import { freshDb } from './freshDb';

describe('workspace database schema', () => {
  it('opens at the current version with a store for every entity of the data model', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'accounts',
        'changes',
        'codes',
        'comments',
        'contacts',
        'deals',
        'deviceSettings',
        'experiments',
        'findings',
        'guides',
        'highlights',
        'icpVersions',
        'imports',
        'interviews',
        'questions',
        'searchSegments',
        'settings',
        'traits',
      ].sort(),
    );
    expect(Object.keys(SCHEMA_V1)).toHaveLength(12);
    expect(Object.keys(SCHEMA_V2)).toHaveLength(13);
    expect(SCHEMA_V3).toEqual(SCHEMA_V2);
    expect(Object.keys(SCHEMA_V4)).toHaveLength(15);
    expect(Object.keys(SCHEMA_V5)).toHaveLength(16);
    expect(Object.keys(SCHEMA_V6)).toHaveLength(18);
  });

  it('takes the newest version’s stores from the table registry, frozen as SCHEMA_V6', () => {
    // Failing here means the registry changed: freeze the new stores as a version 7.
    expect(storesOf()).toEqual(SCHEMA_V6);
    expect(Object.keys(storesOf())).toEqual(Object.keys(SCHEMA_V6));
  });

  it('indexes quotes by each of their codes, so a code lookup needs no scan', async () => {
    const db = freshDb();
    const at = '2026-01-01T00:00:00.000Z';
    const anchor = {
      exact: 'x',
      prefix: '',
      suffix: '',
      start: 0,
      end: 1,
      source: 'notes' as const,
    };
    await db.highlights.bulkAdd([
      {
        id: 'h1',
        interviewId: 'i1',
        accountId: 'a1',
        codeIds: ['pain', 'trigger'],
        traitIds: [],
        anchor,
        speaker: null,
        comment: null,
        createdAt: at,
        updatedAt: at,
      },
      {
        id: 'h2',
        interviewId: 'i2',
        accountId: 'a2',
        codeIds: ['pain'],
        traitIds: [],
        anchor,
        speaker: null,
        comment: null,
        createdAt: at,
        updatedAt: at,
      },
    ]);
    const withPain = await db.highlights.where('codeIds').equals('pain').primaryKeys();
    expect(withPain.sort()).toEqual(['h1', 'h2']);
    expect(await db.highlights.where('codeIds').equals('trigger').primaryKeys()).toEqual(['h1']);
  });

  it('refuses two ICP versions with the same number', async () => {
    const db = freshDb();
    const at = '2026-01-01T00:00:00.000Z';
    const version = {
      number: 1,
      status: 'draft' as const,
      traits: [],
      isLines: [],
      isNotLines: [],
      exclusions: [],
      signOffs: [],
      basedOnId: null,
      frozenAt: null,
      snapshot: null,
      createdAt: at,
      updatedAt: at,
    };
    await db.icpVersions.add({ id: 'v1', ...version });
    await expect(db.icpVersions.add({ id: 'v2', ...version })).rejects.toThrow();
  });
});
