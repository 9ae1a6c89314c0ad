/**
 * Invite links: `<origin>/join#server=<url>&invite=<token>`. Both ride in the fragment, which
 * the browser never sends to a server, so the token stays out of every access log.
 */

export interface InviteLink {
  server: string;
  invite: string;
}

export function inviteLink(origin: string, link: InviteLink): string {
  const fragment = new URLSearchParams({ server: link.server, invite: link.invite });
  return `${origin}/join#${fragment.toString()}`;
}

/** The server and invite from a link's fragment (with or without its '#'), or null. */
export function parseInviteFragment(hash: string): InviteLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const server = normaliseServer(params.get('server') ?? '');
  const invite = params.get('invite') ?? '';
  if (!server || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(invite)) return null;
  return { server, invite };
}

/** An http(s) origin with no trailing slash, or null: the one shape the app connects to. */
export function normaliseServer(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin;
}

/** The server's WebSocket address: the same host and port, ws for http, wss for https. */
export function socketUrl(server: string): string {
  return server.replace(/^http/, 'ws');
}
