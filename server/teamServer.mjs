// @ts-check
/**
 * The team server: Hocuspocus for the Yjs documents, the JSON API on the same port. Both the
 * `npm run server` entry point and the tests build it here.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { AuditLog } from './audit.mjs';
import { ApiError } from './errors.mjs';
import { documentFiles } from './fileStore.mjs';
import { checkMember, createRequestHandler } from './httpApi.mjs';
import { loadSecret } from './secret.mjs';
import { verifyMemberToken } from './tokens.mjs';
import { WorkspaceStore } from './workspaces.mjs';

/**
 * A WebSocket message above this closes the socket. A first upload sends the whole document in
 * one message, so this is also the largest workspace that can be shared.
 */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export const REVIEW_SUFFIX = '/review';

/**
 * @typedef {object} TeamServerOptions
 * @property {number} port 0 picks a free port
 * @property {string} host
 * @property {string} dataDir
 * @property {string} [secret] instead of the one kept in dataDir
 */

/**
 * What a connection carries once authenticated.
 * @typedef {{ memberId: string, role: import('./tokens.mjs').Role, ws: string, jti: string, exp: number }} MemberContext
 */

/**
 * @param {TeamServerOptions} options
 */
export async function startTeamServer(options) {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const { key, source: secretSource } = await loadSecret(dataDir, options.secret);
  const workspaces = new WorkspaceStore(dataDir);
  await workspaces.load();
  const audit = new AuditLog(dataDir);
  const documents = documentFiles(dataDir);

  /** @type {Server<MemberContext>} */
  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: true,
    // main.mjs stops on signals itself, so it can say so and exit with the right code.
    stopOnSignals: false,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    extensions: [
      new Database({
        fetch: ({ documentName }) => documents.fetch(documentName),
        store: ({ documentName, state }) => documents.store(documentName, state),
      }),
    ],

    async onAuthenticate({ token, documentName, connectionConfig }) {
      try {
        const claims = await verifyMemberToken(key, token);
        const isReview = documentName.endsWith(REVIEW_SUFFIX);
        const wsId = isReview ? documentName.slice(0, -REVIEW_SUFFIX.length) : documentName;
        checkMember({ workspaces }, claims, wsId);
        // Evidence is read-only for reviewers: Hocuspocus then applies none of their updates
        // to this document and tells their provider the write was refused.
        connectionConfig.readOnly = claims.role === 'reviewer' && !isReview;
        return {
          memberId: claims.sub,
          role: claims.role,
          ws: claims.ws,
          jti: claims.jti,
          exp: claims.exp,
        };
      } catch (error) {
        throw refusal(error);
      }
    },

    // A token is checked when a document is opened; this keeps an open connection to the same
    // rules when its token expires or is revoked later.
    async beforeHandleMessage({ context }) {
      if (context.exp * 1000 < Date.now()) {
        throw refusal(
          new ApiError(
            401,
            'token_expired',
            'Your access to this workspace has expired; ask the owner for a new invite.',
          ),
        );
      }
      if (workspaces.isRevoked(context.jti)) {
        throw refusal(
          new ApiError(
            401,
            'revoked',
            'Your access to this workspace was revoked; ask the owner if you need it again.',
          ),
        );
      }
    },

    async onRequest({ request, response }) {
      await handleRequest(request, response);
      // An empty rejection tells Hocuspocus the response is sent and its default must not run.
      throw null;
    },
  });

  /** Closes the member's open documents; their provider's retry is then refused. */
  const disconnectMember = (/** @type {string} */ wsId, /** @type {string} */ memberId) => {
    const reason = JSON.stringify(
      new ApiError(
        401,
        'revoked',
        'Your access to this workspace was revoked; ask the owner if you need it again.',
      ),
    );
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        if (connection.context.ws === wsId && connection.context.memberId === memberId) {
          connection.close({ code: 4401, reason });
        }
      }
    }
  };

  const handleRequest = createRequestHandler({
    key,
    workspaces,
    audit,
    disconnectMember,
    now: () => new Date(),
  });

  await server.listen();
  const { address, port } = server.address;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    port,
    dataDir,
    secretSource,
    /** Closes every connection after storing each open document. */
    stop: () => server.destroy(),
  };
}

/**
 * Hocuspocus sends `reason` to the provider as the refusal; it carries the same JSON as an
 * HTTP error, so the app can show the sentence and branch on the code.
 * @param {unknown} error
 */
function refusal(error) {
  if (error instanceof ApiError) return { code: 4401, reason: JSON.stringify(error) };
  console.error('Refused a connection after an unexpected error:', error);
  return {
    code: 4500,
    reason: JSON.stringify({
      error:
        'The server could not open this document; try again, and see the server log if it keeps failing.',
      code: 'internal',
    }),
  };
}
