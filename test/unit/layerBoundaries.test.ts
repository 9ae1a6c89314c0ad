import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of docs/architecture.md are enforced by lint; these lint a one-line file placed
 * in a layer and check that crossing a boundary is an error and staying inside is not.
 */
const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import/no-restricted-paths')
    .map((m) => m.message);
}

describe('layer boundaries', () => {
  it('refuses a feature importing another feature', async () => {
    const errors = await importErrors(
      'src/features/quotes/Probe.tsx',
      "export { CodebookPage } from '../codebook/CodebookPage';\n",
    );
    expect(errors).toEqual([expect.stringContaining('A feature imports no other feature')]);
  });

  it('lets a feature import its own modules, ui, shared and domain', async () => {
    const errors = await importErrors(
      'src/features/quotes/Probe.tsx',
      [
        "export { QuotesPage } from './QuotesPage';",
        "export { CodeOptions } from '../../ui/CodeOptions';",
        "export { CohortThresholdsForm } from '../../shared/cohorts/CohortThresholdsForm';",
        "export { COHORTS } from '../../domain/schemas/cohort';",
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('refuses the database layer importing the import layer', async () => {
    const errors = await importErrors(
      'src/db/Probe.ts',
      "export { parseCsv } from '../import/csv/parseCsv';\n",
    );
    expect(errors).toEqual([expect.stringContaining('src/db is below everything')]);
  });

  it('refuses ui or commands importing a feature', async () => {
    const fromUi = await importErrors(
      'src/ui/Probe.tsx',
      "export { QuotesPage } from '../features/quotes/QuotesPage';\n",
    );
    const fromCommands = await importErrors(
      'src/commands/Probe.ts',
      "export { QuotesPage } from '../features/quotes/QuotesPage';\n",
    );
    expect(fromUi).toHaveLength(1);
    expect(fromCommands).toHaveLength(1);
  });
});

describe('only commands write', () => {
  async function restricted(filePath: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => m.message);
  }

  it('refuses a component or hook importing any database write', async () => {
    const writes = [
      ['src/features/quotes/Probe.tsx', "import { bulkAddCode } from '../../db/quotesRepo';"],
      [
        'src/features/accounts/useProbe.ts',
        "import { updateAccount } from '../../db/accountsRepo';",
      ],
      ['src/shared/settings/useProbe.ts', "import { putSetting } from '../../db/settingsRepo';"],
      ['src/app/Probe.tsx', "import { nowIso } from '../db/workspaceRegistry';"],
    ];
    for (const [file, source] of writes) {
      expect(await restricted(file ?? '', `${source}\n`), source).toEqual([
        expect.stringContaining('through a command in src/commands'),
      ]);
    }
  });

  it('lets them read, use types and write this browser’s own settings', async () => {
    const source = [
      "import { listAccounts, getAccount } from '../../db/accountsRepo';",
      "import { putDeviceSetting } from '../../db/settingsRepo';",
      "import { WorkspaceDb } from '../../db/schema';",
      "import type { CodeDetails } from '../../db/codesRepo';",
      'export { listAccounts, getAccount, putDeviceSetting, WorkspaceDb };',
      'export type { CodeDetails };',
      '',
    ].join('\n');
    expect(await restricted('src/features/accounts/Probe.tsx', source)).toEqual([]);
  });

  it('keeps team sync below the screens: features use the app hook, sync uses db and domain', async () => {
    const fromFeature = await importErrors(
      'src/features/workspace/Probe.tsx',
      "export { SyncBridge } from '../../sync/syncBridge';\n",
    );
    expect(fromFeature).toEqual([expect.stringContaining('through its hooks in src/app')]);
    const fromSync = await importErrors(
      'src/sync/Probe.ts',
      [
        "export { useWorkspace } from '../app/useWorkspace';",
        "export { lastChangeSeq } from '../db/changeQueries';",
        '',
      ].join('\n'),
    );
    expect(fromSync).toEqual([expect.stringContaining('src/sync (team sync) runs without React')]);
  });
});
