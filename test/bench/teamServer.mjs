// @ts-check
/**
 * The team server for benches: `server/main.mjs` as a child process on 127.0.0.1, a port the OS
 * picks (PORT=0, read back from its first log line) and a temporary DATA_DIR, both gone after
 * stop(), as the e2e journeys do it (test/e2e/teamServerProcess.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function startTeamServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'tourbook-bench-'));
  const child = spawn(process.execPath, ['server/main.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The team server exited with ${code}.`)));
    child.stdout.on('data', (chunk) => {
      const match = /listening on (http:\/\/\S+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  return { url: /** @type {string} */ (url), pid: /** @type {number} */ (child.pid), stop };
}
