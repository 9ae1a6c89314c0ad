// @ts-check
/**
 * Load on one team server instance (not part of npm test): `node test/bench/server-load.mjs
 * [docs×clients …]`, default 200x2 20x20. Starts `server/main.mjs` as a child process on a free
 * port with a temporary DATA_DIR, opens N documents with M providers each, then in rounds has
 * one client of every document write at once and times each write until every other client of
 * that document has it. Prints the server's resident memory and the p50 / p95 / max latency.
 * The clients run in this process on the same machine, so the figures include their own cost.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startTeamServer } from './teamServer.mjs';

const ROUNDS = 20;
const scenarios = (process.argv.length > 2 ? process.argv.slice(2) : ['200x2', '20x20']).map(
  (arg) => {
    const [docs, clients] = arg.split('x').map(Number);
    if (!docs || !clients || clients < 2)
      throw new Error(`Give scenarios as DOCSxCLIENTS, e.g. 200x2; got ${arg}.`);
    return { docs, clients };
  },
);

/** @param {number} pid */
async function rssMiB(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kib / 1024);
}

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * @param {string} url
 * @param {string} path
 * @param {unknown} body
 * @param {string} [token]
 */
async function post(url, path, body, token) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** @param {{ docs: number, clients: number }} scenario */
async function run({ docs, clients }) {
  const server = await startTeamServer();
  const idle = await rssMiB(server.pid);
  const ws = server.url.replace(/^http/, 'ws');
  /** @type {{ doc: Y.Doc, provider: HocuspocusProvider, socket: HocuspocusProviderWebsocket }[][]} */
  const groups = [];
  const opened = performance.now();
  for (let d = 0; d < docs; d++) {
    const { token } = await post(server.url, '/api/workspaces', {
      workspaceId: `load-${d}`,
      name: 'Load',
    });
    const group = [];
    for (let c = 0; c < clients; c++) {
      const doc = new Y.Doc();
      const socket = new HocuspocusProviderWebsocket({ url: ws, WebSocketPolyfill: WebSocket });
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: `load-${d}`,
        document: doc,
        token,
      });
      provider.attach();
      group.push({ doc, provider, socket });
    }
    groups.push(group);
  }
  await Promise.all(
    groups
      .flat()
      .map(
        ({ provider }) =>
          new Promise((resolve) =>
            provider.isSynced ? resolve(null) : provider.on('synced', resolve),
          ),
      ),
  );
  const syncedAfterMs = Math.round(performance.now() - opened);
  const connected = await rssMiB(server.pid);

  /** @type {number[]} */
  const latencies = [];
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      groups.map((group, d) => {
        const writer = group[round % clients];
        const readers = group.filter((member) => member !== writer);
        const value = `${round}-${d}`;
        const started = performance.now();
        const arrivals = readers.map(
          ({ doc }) =>
            new Promise((resolve) => {
              const map = doc.getMap('bench');
              const check = () => {
                if (map.get('value') === value) {
                  doc.off('update', check);
                  latencies.push(performance.now() - started);
                  resolve(null);
                }
              };
              doc.on('update', check);
            }),
        );
        writer?.doc.getMap('bench').set('value', value);
        return Promise.all(arrivals);
      }),
    );
  }
  const loaded = await rssMiB(server.pid);
  for (const { provider, socket } of groups.flat()) {
    provider.destroy();
    socket.destroy();
  }
  await server.stop();
  return {
    scenario: `${docs} docs × ${clients} clients`,
    connections: docs * clients,
    firstSyncOfAllMs: syncedAfterMs,
    serverRssMiB: { idle, connected, afterUpdates: loaded },
    updates: latencies.length,
    latencyMs: {
      p50: +quantile(latencies, 0.5).toFixed(1),
      p95: +quantile(latencies, 0.95).toFixed(1),
      max: +Math.max(...latencies).toFixed(1),
    },
  };
}

for (const scenario of scenarios) {
  console.log(JSON.stringify(await run(scenario)));
}
