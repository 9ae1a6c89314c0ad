import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { signMemberToken } from '../../server/tokens.mjs';
import { signInviteToken } from '../../server/tokens.mjs';
import { KEY, TIMEOUT, api, shareWorkspace, untilDoc, untilSent, serverPerFile } from './helpers';

const team = serverPerFile();

const accounts = (doc: Y.Doc) => doc.getMap<string>('accounts');
const comments = (doc: Y.Doc) => doc.getArray<string>('comments');

describe('team server documents', () => {
  it(
    'carries an editor’s edit to the owner and the owner’s to the editor',
    async () => {
      const { owner, join } = await shareWorkspace(team.server, 'ws-sync');
      const editor = await join('editor', 'Eddie Editor');
      expect(editor.role).toBe('editor');

      const a = team.open('ws-sync', owner.token);
      const b = team.open('ws-sync', editor.token);
      await Promise.all([a.synced, b.synced]);

      accounts(b.doc).set('acme', 'Acme from the editor');
      await untilDoc(a.doc, () => accounts(a.doc).get('acme') === 'Acme from the editor');
      accounts(a.doc).set('globex', 'Globex from the owner');
      await untilDoc(b.doc, () => accounts(b.doc).get('globex') === 'Globex from the owner');
    },
    TIMEOUT,
  );

  it(
    'applies none of a reviewer’s evidence writes, and their review-document writes',
    async () => {
      const { owner, join } = await shareWorkspace(team.server, 'ws-review');
      const reviewer = await join('reviewer', 'Rita Reviewer');

      const ownerEvidence = team.open('ws-review', owner.token);
      const ownerReview = team.open('ws-review/review', owner.token);
      const reviewerEvidence = team.open('ws-review', reviewer.token);
      const reviewerReview = team.open('ws-review/review', reviewer.token);
      await Promise.all(
        [ownerEvidence, ownerReview, reviewerEvidence, reviewerReview].map((c) => c.synced),
      );
      expect(reviewerEvidence.provider.authorizedScope).toBe('readonly');
      expect(reviewerReview.provider.authorizedScope).toBe('read-write');

      // Reads everything: the owner's evidence reaches the reviewer.
      accounts(ownerEvidence.doc).set('acme', 'Acme');
      await untilDoc(
        reviewerEvidence.doc,
        () => accounts(reviewerEvidence.doc).get('acme') === 'Acme',
      );

      // The server handles one connection's messages in order, so once the owner sees the
      // reviewer's presence, sent after the write, the server has already refused the write.
      accounts(reviewerEvidence.doc).set('acme', 'Changed by the reviewer');
      accounts(reviewerEvidence.doc).set('initech', 'Added by the reviewer');
      reviewerEvidence.provider.setAwarenessField('page', 'after-write');
      const presence = ownerEvidence.provider.awareness;
      if (!presence) throw new Error('The provider has no awareness.');
      await new Promise<void>((resolve) => {
        const seen = () => {
          if ([...presence.getStates().values()].some((s) => s.page === 'after-write')) resolve();
        };
        presence.on('change', seen);
        seen();
      });
      expect(accounts(ownerEvidence.doc).get('acme')).toBe('Acme');
      expect(accounts(ownerEvidence.doc).has('initech')).toBe(false);

      comments(reviewerReview.doc).push(['Looks right to me']);
      await untilDoc(ownerReview.doc, () => comments(ownerReview.doc).length === 1);

      // And nothing of it was stored: a restart on the same data brings back the owner's data only.
      await untilSent(ownerEvidence.provider);
      await untilSent(reviewerReview.provider);
      await team.restart();

      const evidence = team.open('ws-review', owner.token);
      const review = team.open('ws-review/review', owner.token);
      await Promise.all([evidence.synced, review.synced]);
      expect(accounts(evidence.doc).toJSON()).toEqual({ acme: 'Acme' });
      expect(comments(review.doc).toArray()).toEqual(['Looks right to me']);
    },
    TIMEOUT * 2,
  );

  it(
    'keeps the documents across a restart on the same data directory',
    async () => {
      const { owner } = await shareWorkspace(team.server, 'ws-restart');
      const before = team.open('ws-restart', owner.token);
      await before.synced;
      const notes = before.doc.getText('notes');
      notes.insert(0, 'Said they churned over the missing SSO.');
      accounts(before.doc).set('acme', 'Acme');
      await untilSent(before.provider);
      await team.restart();

      const after = team.open('ws-restart', owner.token);
      await after.synced;
      expect(after.doc.getText('notes').toString()).toBe('Said they churned over the missing SSO.');
      expect(accounts(after.doc).get('acme')).toBe('Acme');
    },
    TIMEOUT * 2,
  );

  it(
    'refuses an expired member token, on the WebSocket and over HTTP',
    async () => {
      const { owner } = await shareWorkspace(team.server, 'ws-expired');
      const past = Math.floor(Date.now() / 1000) - 60;
      const { token } = await signMemberToken(
        KEY,
        { memberId: owner.memberId, name: owner.name, role: 'owner', ws: 'ws-expired' },
        past,
      );
      const client = team.open('ws-expired', token);
      await expect(client.refused).resolves.toMatchObject({ code: 'token_expired' });
      const members = await api(team.server, 'GET', '/api/workspaces/ws-expired/members', {
        token,
      });
      expect(members.status).toBe(401);
      expect(members.body.code).toBe('token_expired');

      const invite = await signInviteToken(KEY, { ws: 'ws-expired', role: 'editor' }, past);
      const joined = await api(team.server, 'POST', '/api/join', {
        body: { inviteToken: invite, name: 'Late' },
      });
      expect(joined).toEqual({
        status: 401,
        body: {
          error: 'This invite has expired; ask the owner for a new link.',
          code: 'invite_expired',
        },
      });
    },
    TIMEOUT,
  );

  it(
    'closes a revoked member’s open documents and refuses them from then on',
    async () => {
      const { owner, join } = await shareWorkspace(team.server, 'ws-revoke');
      const editor = await join('editor', 'Eddie Editor');
      const open1 = team.open('ws-revoke', editor.token);
      await open1.synced;
      const closed = new Promise((resolve) => open1.provider.on('close', resolve));

      const revoked = await api(team.server, 'POST', '/api/workspaces/ws-revoke/revoke', {
        token: owner.token,
        body: { memberId: editor.memberId },
      });
      expect(revoked.status).toBe(200);
      await closed;

      const again = team.open('ws-revoke', editor.token);
      await expect(again.refused).resolves.toMatchObject({ code: 'revoked' });
      const members = await api<{ members: { memberId: string; revoked: boolean }[] }>(
        team.server,
        'GET',
        '/api/workspaces/ws-revoke/members',
        { token: owner.token },
      );
      expect(members.body.members.find((m) => m.memberId === editor.memberId)?.revoked).toBe(true);
      const asEditor = await api(team.server, 'GET', '/api/workspaces/ws-revoke/members', {
        token: editor.token,
      });
      expect(asEditor.status).toBe(401);
      expect(asEditor.body.code).toBe('revoked');
    },
    TIMEOUT,
  );

  it(
    'refuses documents outside the token’s workspace',
    async () => {
      const { owner } = await shareWorkspace(team.server, 'ws-fence');
      await shareWorkspace(team.server, 'ws-other');
      const client = team.open('ws-other', owner.token);
      await expect(client.refused).resolves.toMatchObject({ code: 'wrong_workspace' });
      const unknown = team.open('no-such-ws', owner.token);
      await expect(unknown.refused).resolves.toMatchObject({ code: 'wrong_workspace' });
    },
    TIMEOUT,
  );
});
