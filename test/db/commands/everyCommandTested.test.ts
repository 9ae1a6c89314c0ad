import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each command's db test runs it, checks its change-log rows (one per record written, with its
 * source) and its Undo. This keeps that true as commands are added: a command no db test calls
 * is a command whose log rows and Undo nobody checked. (The first four commands are tested
 * beside their repositories, one folder up.)
 */
const COMMANDS = join(import.meta.dirname, '../../../src/commands');
const TESTS = import.meta.dirname;

function exportedCommands(): string[] {
  return readdirSync(COMMANDS)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [
        ...readFileSync(join(COMMANDS, file), 'utf8').matchAll(
          /export (?:(?:async )?function|const) (\w+Command)\b/g,
        ),
      ].map((match) => match[1] ?? ''),
    );
}

describe('command tests', () => {
  it('name every command of src/commands', () => {
    const tests = [TESTS, join(TESTS, '..')]
      .flatMap((folder) =>
        readdirSync(folder)
          .filter((file) => file.endsWith('.test.ts') && file !== 'everyCommandTested.test.ts')
          .map((file) => readFileSync(join(folder, file), 'utf8')),
      )
      .join('\n');
    const commands = exportedCommands();
    expect(commands.length).toBeGreaterThan(50);
    expect(commands.filter((name) => !new RegExp(`\\b${name}\\(`).test(tests))).toEqual([]);
  });
});
