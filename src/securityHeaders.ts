/**
 * The one source of the app's security headers: the built page's meta tag, the preview
 * server, the service worker and the hosting file all read them from here, so they cannot
 * drift apart. Plain strings only: this module runs in Node (the Vite config) and in the
 * service worker.
 */

/** No inline script, no eval, nothing from other origins but the team server's connections. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Team workspaces sync with a team server the user names (any host, often on the LAN, over
  // HTTP for the API and WebSocket for the documents), so connections cannot be limited to
  // 'self'. Scripts still come from 'self' only, which is what stops injected code.
  "connect-src 'self' http: https: ws: wss:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Cross-origin isolation, which gives the page shared memory with its workers: a search answers
 * within the keystroke's frame through it (src/search/sharedAnswer.ts). The app loads nothing
 * from other origins; the team server's API is fetched with CORS, which require-corp allows.
 * The dev server sends these alone, since its hot reload needs the inline script CSP forbids.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const satisfies Record<string, string>;

/**
 * Sent with every response. frame-ancestors lives only here: browsers ignore it in a meta tag,
 * so only a header stops other sites from framing the app.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  ...ISOLATION_HEADERS,
} as const satisfies Record<string, string>;

/**
 * The `_headers` file Netlify and Cloudflare Pages read: every header on every path. A function,
 * so that the service worker's bundle can leave it out.
 */
export function hostingHeadersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}
