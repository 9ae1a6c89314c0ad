import { describe, expect, it } from 'vitest';
import {
  DEVICE_TABLES,
  isLoggedTable,
  settingScope,
  SETTING_KEYS,
  WORKSPACE_TABLES,
} from '../../src/db/tables';
import { ACCOUNTS_TABLE_LAYOUT_KEY } from '../../src/domain/accountsTableLayout';
import { BACKUP_TABLE_NAMES } from '../../src/domain/backupFormat';
import { COHORT_THRESHOLDS_SETTING_KEY } from '../../src/domain/cohortRules';
import { ICP_GRID_SETTINGS_KEY } from '../../src/domain/icp/icpGridSettings';
import { REQUIRED_APPROVALS_KEY } from '../../src/domain/icp/signOffGuards';
import { REASON_CATALOGUE_KEY } from '../../src/domain/reasons/reasonCatalogue';
import { COMPACTED_AT_KEY } from '../../src/db/changeCompaction';
import { PUSHED_SEQ_KEY } from '../../src/sync/syncBridge';
import { REVIEW_PUSHED_SEQ_KEY } from '../../src/sync/reviewLink';

describe('the table registry', () => {
  it('backs up exactly the workspace tables, and logs exactly those', () => {
    expect(BACKUP_TABLE_NAMES).toEqual(WORKSPACE_TABLES);
    expect(DEVICE_TABLES).toEqual(['deviceSettings', 'changes', 'searchSegments']);
    for (const name of WORKSPACE_TABLES) expect(isLoggedTable(name), name).toBe(true);
    for (const name of DEVICE_TABLES) expect(isLoggedTable(name), name).toBe(false);
  });

  it('lists each settings key the app writes under the name its owner uses, with its scope', () => {
    const scopes = {
      [COHORT_THRESHOLDS_SETTING_KEY]: 'workspace',
      [ICP_GRID_SETTINGS_KEY]: 'workspace',
      [REQUIRED_APPROVALS_KEY]: 'workspace',
      [REASON_CATALOGUE_KEY]: 'workspace',
      'import.mapping.hubspot-companies': 'workspace',
      'import.lossRules': 'workspace',
      [ACCOUNTS_TABLE_LAYOUT_KEY]: 'device',
      // Written before schema version 6 (searchSegments since), which deletes it.
      'search.snapshot': 'device',
      [COMPACTED_AT_KEY]: 'device',
      [PUSHED_SEQ_KEY]: 'device',
      [REVIEW_PUSHED_SEQ_KEY]: 'device',
    };
    for (const [key, scope] of Object.entries(scopes)) expect(settingScope(key), key).toBe(scope);
    // Every entry of the registry is one of the keys above (or their family).
    for (const entry of SETTING_KEYS) {
      expect(
        Object.keys(scopes).some((key) => key.startsWith(entry.key)),
        entry.key,
      ).toBe(true);
    }
  });

  it('treats a key it does not know as workspace data, so a backup keeps it', () => {
    expect(settingScope('someday.newSetting')).toBe('workspace');
    expect(settingScope('import.mapping')).toBe('workspace');
  });
});
