import { describe, expect, it } from 'vitest';
import {
  loadLossRules,
  loadMapping,
  saveLossRules,
  saveMapping,
} from '../../src/db/importSettingsRepo';
import { detectAccountMapping } from '../../src/import/csv/columnMapping';
import { DEFAULT_LOSS_RULES, classifyLossReason } from '../../src/import/csv/lossReasonRules';
import { freshDb } from './freshDb';

describe('import settings', () => {
  it('remembers a mapping per preset and feeds it back into detection', async () => {
    const db = freshDb();
    expect(await loadMapping(db, 'hubspot-companies')).toBeNull();
    await saveMapping(db, 'hubspot-companies', [
      { column: 'Annual Revenue', target: 'ignore' },
      { column: 'Segment', target: 'custom' },
    ]);
    const saved = await loadMapping(db, 'hubspot-companies');
    expect(await db.settings.get('import.mapping.hubspot-companies')).toMatchObject({
      value: saved,
    });
    expect(await loadMapping(db, 'tourbook-accounts')).toBeNull();
    const mapping = detectAccountMapping(
      ['Company name', 'Annual Revenue', 'Segment'],
      'hubspot-companies',
      saved,
    );
    expect(mapping.map((a) => a.target)).toEqual(['name', 'ignore', 'custom']);
  });

  it('reads a damaged setting as nothing saved', async () => {
    const db = freshDb();
    await db.settings.put({
      key: 'import.mapping.x',
      value: 'oops',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await db.settings.put({
      key: 'import.lossRules',
      value: [{ keyword: 'x', category: 'weather' }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await loadMapping(db, 'x')).toBeNull();
    expect(await loadLossRules(db)).toBeNull();
  });

  it('stores edited loss rules', async () => {
    const db = freshDb();
    expect(await loadLossRules(db)).toBeNull();
    const rules = [
      { keyword: 'competitor bundle', category: 'product' as const },
      ...DEFAULT_LOSS_RULES,
    ];
    await saveLossRules(db, rules);
    const loaded = await loadLossRules(db);
    expect(loaded).toEqual(rules);
    expect(classifyLossReason("Went with a competitor's bundle", loaded ?? [])).toBeNull();
    expect(classifyLossReason('a competitor bundle won', loaded ?? [])).toBe('product');
    await expect(saveLossRules(db, [{ keyword: ' ', category: 'process' }])).rejects.toThrow();
  });
});
