// @ts-check
/** `npm run server`: the team server, configured from the environment. */
import { startTeamServer } from './teamServer.mjs';

const DEFAULT_PORT = 1234;

function readPort() {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535; it is "${raw}".`);
  }
  return port;
}

try {
  const server = await startTeamServer({
    port: readPort(),
    host: process.env.HOST || '127.0.0.1',
    dataDir: process.env.DATA_DIR || './.tourbook-server',
    secret: process.env.TOURBOOK_SERVER_SECRET,
  });
  console.log(
    `Tourbook team server listening on ${server.url} (WebSocket ${server.url.replace(/^http/, 'ws')}), data in ${server.dataDir}, signing secret from ${server.secretSource === 'environment' ? 'TOURBOOK_SERVER_SECRET' : `${server.dataDir}/secret`}`,
  );
  let stopping = false;
  /** @param {NodeJS.Signals} signal */
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: storing open documents and stopping…`);
    await server.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`The team server did not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
