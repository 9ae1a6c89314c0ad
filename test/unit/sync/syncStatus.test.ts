import { describe, expect, it } from 'vitest';
import { refusalText, summarise, type ProviderFacts } from '../../../src/sync/syncStatus';
import { inviteLink, normaliseServer, parseInviteFragment } from '../../../src/sync/teamLink';

const facts = (over: Partial<ProviderFacts>): ProviderFacts => ({
  connected: true,
  synced: true,
  unsynced: 0,
  paused: false,
  refusal: null,
  readOnly: false,
  elsewhere: false,
  ...over,
});

describe('the sync status line', () => {
  it('says synced, syncing, offline with what is pending, or rejected with why', () => {
    expect(summarise(facts({})).label).toBe('Synced');
    expect(summarise(facts({ unsynced: 3 })).label).toBe('Syncing 3 changes');
    expect(summarise(facts({ paused: true, unsynced: 2 })).label).toBe('Offline — 2 pending');
    expect(summarise(facts({ connected: false, synced: false })).label).toBe('Connecting…');
    const refused = refusalText('{"error":"This member was revoked.","code":"revoked"}');
    expect(summarise(facts({ refusal: refused })).label).toBe('Rejected: This member was revoked.');
    expect(summarise(facts({ readOnly: true, unsynced: 1 })).phase).toBe('rejected');
  });

  it('keeps a refusal that is not JSON as it came', () => {
    expect(refusalText('permission-denied')).toBe('permission-denied');
  });
});

describe('invite links', () => {
  it('carry the server and the invite in the fragment, and read back', () => {
    const link = inviteLink('http://localhost:4173', {
      server: 'http://127.0.0.1:1234',
      invite: 'aaa.bbb.ccc',
    });
    expect(link).toBe(
      'http://localhost:4173/join#server=http%3A%2F%2F127.0.0.1%3A1234&invite=aaa.bbb.ccc',
    );
    expect(parseInviteFragment(new URL(link).hash)).toEqual({
      server: 'http://127.0.0.1:1234',
      invite: 'aaa.bbb.ccc',
    });
  });

  it('refuses a link without a usable server or token', () => {
    expect(parseInviteFragment('#server=javascript:alert(1)&invite=a.b.c')).toBeNull();
    expect(parseInviteFragment('#server=http://x&invite=<script>')).toBeNull();
    expect(normaliseServer('http://127.0.0.1:1234/')).toBe('http://127.0.0.1:1234');
  });
});
