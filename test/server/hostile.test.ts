import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { MAX_MESSAGE_BYTES } from '../../server/teamServer.mjs';
import { TIMEOUT, api, connect, shareWorkspace, untilDoc, serverPerFile } from './helpers';

const team = serverPerFile();

/**
 * The server reads a socket's frames in order, so its pong means it has handled what came
 * before; closing the socket instead is an answer too.
 */
function handled(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState !== WebSocket.OPEN) return resolve();
    socket.once('pong', () => resolve());
    socket.once('close', () => resolve());
    socket.ping();
  });
}

describe('hostile peers', () => {
  it(
    'refuses an HTTP body over 1 MB with 413 and a sentence',
    async () => {
      const big = { workspaceId: 'big', name: 'x'.repeat(1024 * 1024 + 1) };
      const response = await api(team.server, 'POST', '/api/workspaces', { body: big });
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        error: 'The request is larger than 1 MB; send less at once.',
        code: 'body_too_large',
      });
      // Streamed without a length, the body is cut off at the limit too.
      const chunked = await fetch(`${team.server.url}/api/join`, {
        method: 'POST',
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(512 * 1024));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
    },
    TIMEOUT,
  );

  it(
    'survives garbage and oversize WebSocket messages and keeps serving others',
    async () => {
      const raw = new WebSocket(team.server.url.replace(/^http/, 'ws'));
      await new Promise((resolve, reject) => raw.once('open', resolve).once('error', reject));
      const garbage = [
        Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]),
        Uint8Array.from([0x05, 0x61, 0x62]),
        Uint8Array.from([0x02, 0x77, 0x73, 0x00, 0x00, 0xff]),
        new TextEncoder().encode('not a yjs message at all'),
        new Uint8Array(0),
      ];
      for (const bytes of garbage) {
        if (raw.readyState !== WebSocket.OPEN) break;
        raw.send(bytes);
        await handled(raw);
      }
      raw.terminate();

      const huge = new WebSocket(team.server.url.replace(/^http/, 'ws'));
      await new Promise((resolve, reject) => huge.once('open', resolve).once('error', reject));
      const closed = new Promise<number>((resolve) => huge.once('close', (code) => resolve(code)));
      huge.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
      expect(await closed).toBe(1009);

      const { join, owner } = await shareWorkspace(team.server, 'ws-hostile');
      const editor = await join('editor', 'Eddie Editor');
      const a = connect(team.server, 'ws-hostile', owner.token);
      const b = connect(team.server, 'ws-hostile', editor.token);
      team.clients.push(a, b);
      await Promise.all([a.synced, b.synced]);
      a.doc.getMap('accounts').set('acme', 'still here');
      await untilDoc(b.doc, () => (b.doc as Y.Doc).getMap('accounts').get('acme') === 'still here');
      expect((await api(team.server, 'GET', '/api/health')).body).toEqual({ ok: true });
    },
    TIMEOUT,
  );
});
