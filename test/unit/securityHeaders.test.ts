import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  hostingHeadersFile,
} from '../../src/securityHeaders';

/** Reads a `_headers` file as Netlify and Cloudflare Pages do: a path, then indented headers. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match?.[1] || !match[2] || !current) throw new Error(`Unreadable line: ${line}`);
    current.set(match[1], match[2].trim());
  }
  return rules;
}

const directives = (policy: string) => policy.split(';').map((directive) => directive.trim());

describe('the hosting _headers file', () => {
  const rules = parseHeadersFile(hostingHeadersFile());
  const everyPath = rules.get('/*');

  it('sets its headers on every path and nowhere else', () => {
    expect([...rules.keys()]).toEqual(['/*']);
    expect(hostingHeadersFile().endsWith('\n')).toBe(true);
  });

  it('holds the meta tag policy plus frame-ancestors', () => {
    const policy = everyPath?.get('Content-Security-Policy') ?? '';
    expect(directives(policy)).toEqual([
      ...directives(CONTENT_SECURITY_POLICY),
      "frame-ancestors 'none'",
    ]);
  });

  it('sends nosniff, no referrer and refuses framing in old browsers', () => {
    expect(everyPath?.get('X-Content-Type-Options')).toBe('nosniff');
    expect(everyPath?.get('Referrer-Policy')).toBe('no-referrer');
    expect(everyPath?.get('X-Frame-Options')).toBe('DENY');
  });

  it('lists exactly the headers the server and the service worker send', () => {
    expect(Object.fromEntries(everyPath ?? [])).toEqual(SECURITY_HEADERS);
  });
});

describe('the meta tag policy', () => {
  it('leaves frame-ancestors to the header, since browsers ignore it in a meta tag', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors/);
  });

  it('allows no inline script, no eval and nothing from other origins', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const loads = directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('connect-src'));
    expect(loads.join('; ')).not.toMatch(/https?:|wss?:/);
  });

  it('lets the app connect to a team server at any address, and load nothing from it', () => {
    // Team sync (issue #18): the user names the server; its API is http(s), its documents ws(s).
    expect(directives(CONTENT_SECURITY_POLICY)).toContain(
      "connect-src 'self' http: https: ws: wss:",
    );
  });
});

describe('the README nginx example', () => {
  it('sends the same headers, so the copy there cannot drift', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const added = [...readme.matchAll(/add_header ([\w-]+) "([^"]+)" always;/g)];
    expect(Object.fromEntries(added.map(([, name, value]) => [name, value]))).toEqual(
      SECURITY_HEADERS,
    );
  });
});
