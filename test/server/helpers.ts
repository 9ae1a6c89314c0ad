/**
 * A real team server per test file (127.0.0.1, a free port, a temporary DATA_DIR) and the
 * clients the app will use against it: fetch for the JSON API, @hocuspocus/provider over `ws`
 * for the documents. Waits are on events, never on sleeps.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startTeamServer } from '../../server/teamServer.mjs';

export const SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
export const KEY = new TextEncoder().encode(SECRET);

/** Generous: the CI machine has two busy cores. */
export const TIMEOUT = 20_000;

export type TeamServer = Awaited<ReturnType<typeof startTeamServer>>;

export async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tourbook-server-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function startServer(dataDir: string): Promise<TeamServer> {
  return startTeamServer({ port: 0, host: '127.0.0.1', dataDir, secret: SECRET });
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export async function api<T = Record<string, unknown>>(
  server: TeamServer,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export interface Member {
  token: string;
  memberId: string;
  role: string;
  name: string;
}

/** A shared workspace with an owner, and a way to add members through invites. */
export async function shareWorkspace(server: TeamServer, workspaceId: string) {
  const created = await api<Member>(server, 'POST', '/api/workspaces', {
    body: { workspaceId, name: 'Olivia Owner' },
  });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const owner = created.body;
  const join = async (role: 'owner' | 'editor' | 'reviewer', name: string): Promise<Member> => {
    const invite = await api<{ inviteToken: string }>(
      server,
      'POST',
      `/api/workspaces/${workspaceId}/invites`,
      { token: owner.token, body: { role } },
    );
    if (invite.status !== 201) throw new Error(`invite failed: ${JSON.stringify(invite.body)}`);
    const joined = await api<Member>(server, 'POST', '/api/join', {
      body: { inviteToken: invite.body.inviteToken, name },
    });
    if (joined.status !== 201) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
    return joined.body;
  };
  return { owner, join };
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the first sync is done, rejects with the server's refusal. */
  synced: Promise<void>;
  /** Resolves with the refusal `{ error, code }` the server sent. */
  refused: Promise<{ error: string; code: string }>;
  destroy: () => void;
}

export function connect(server: TeamServer, name: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: server.url.replace(/^http/, 'ws'),
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
  });
  let onRefused: (reason: { error: string; code: string }) => void = () => undefined;
  const refused = new Promise<{ error: string; code: string }>((resolve) => {
    onRefused = resolve;
  });
  const synced = new Promise<void>((resolve, reject) => {
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      const parsed = JSON.parse(reason) as { error: string; code: string };
      onRefused(parsed);
      reject(new Error(parsed.error));
    });
  });
  synced.catch(() => undefined);
  provider.attach();
  return {
    doc,
    provider,
    synced,
    refused,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves when `check` holds, tested now and after each change to the document. */
export function untilDoc(doc: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const test = () => {
      if (check()) {
        doc.off('update', test);
        resolve();
      }
    };
    doc.on('update', test);
    test();
  });
}

/** Resolves when the server has acknowledged every change this provider sent. */
export function untilSent(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    const test = () => {
      if (!provider.hasUnsyncedChanges) {
        provider.off('unsyncedChanges', test);
        resolve();
      }
    };
    provider.on('unsyncedChanges', test);
    test();
  });
}

/**
 * The server of one test file, started before its tests on a temporary DATA_DIR and stopped,
 * with every client it opened, after them. `restart` closes the clients and starts a new server
 * on the same data, as a crash-free redeploy would.
 */
export function serverPerFile() {
  let server: TeamServer | undefined;
  let data: Awaited<ReturnType<typeof tempDataDir>> | undefined;
  const clients: Client[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The team server starts in beforeAll.');
    return value;
  };

  beforeAll(async () => {
    data = await tempDataDir();
    server = await startServer(data.dir);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
    await data?.remove();
  });

  return {
    get server() {
      return started(server);
    },
    get dataDir() {
      return started(data).dir;
    },
    clients,
    open(name: string, token: string): Client {
      const client = connect(started(server), name, token);
      clients.push(client);
      return client;
    },
    async restart() {
      for (const client of clients.splice(0)) client.destroy();
      await started(server).stop();
      server = await startServer(started(data).dir);
    },
  };
}
