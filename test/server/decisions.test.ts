import { readFile, writeFile } from 'node:fs/promises';
import { join as pathJoin } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type AuditEntry } from '../../server/audit.mjs';
import { sha256Hex } from '../../server/fileStore.mjs';
import { TIMEOUT, api, shareWorkspace, serverPerFile } from './helpers';

const team = serverPerFile();

const V1 = sha256Hex('frozen version 1');

interface Tally {
  entries: AuditEntry[];
  approvals: number;
  required: number;
  versionHash: string;
}

describe('review decisions and their audit', () => {
  it(
    'chains each decision to the one before and counts distinct approvals',
    async () => {
      const { owner, join } = await shareWorkspace(team.server, 'ws-audit');
      const rita = await join('reviewer', 'Rita Reviewer');
      const rob = await join('reviewer', 'Rob Reviewer');
      const decide = (token: string, decision: string, note?: string) =>
        api<AuditEntry>(team.server, 'POST', '/api/workspaces/ws-audit/decisions', {
          token,
          body: { versionId: 'v1', versionHash: V1, decision, note },
        });
      const tally = async () =>
        (
          await api<Tally>(team.server, 'GET', '/api/workspaces/ws-audit/decisions?versionId=v1', {
            token: rob.token,
          })
        ).body;

      const first = await decide(rita.token, 'approve', 'Separation is clear.');
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        seq: 1,
        memberId: rita.memberId,
        name: 'Rita Reviewer',
        role: 'reviewer',
        versionId: 'v1',
        versionHash: V1,
        decision: 'approve',
        note: 'Separation is clear.',
        prevHash: GENESIS_HASH,
      });
      await decide(rita.token, 'approve');
      expect(await tally()).toMatchObject({ approvals: 1, required: 2, versionHash: V1 });

      await decide(rob.token, 'approve');
      expect((await tally()).approvals).toBe(2);
      await decide(rob.token, 'request_changes', 'The churners are all from one region.');
      const after = await tally();
      expect(after.approvals).toBe(1);
      expect(after.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);

      // Each line's prevHash is the sha256 of the line before it, as stored.
      const lines = (await readFile(pathJoin(team.dataDir, 'audit', 'ws-audit.jsonl'), 'utf8'))
        .trimEnd()
        .split('\n');
      expect(lines).toHaveLength(4);
      lines.forEach((line, i) =>
        expect(JSON.parse(line).prevHash).toBe(
          i === 0 ? GENESIS_HASH : sha256Hex(lines[i - 1] ?? ''),
        ),
      );

      const settings = await api(team.server, 'PUT', '/api/workspaces/ws-audit/settings', {
        token: owner.token,
        body: { requiredApprovals: 3 },
      });
      expect(settings.status).toBe(200);
      expect((await tally()).required).toBe(3);
      const notOwner = await api(team.server, 'PUT', '/api/workspaces/ws-audit/settings', {
        token: rita.token,
        body: { requiredApprovals: 1 },
      });
      expect(notOwner.status).toBe(403);
      expect(notOwner.body.code).toBe('forbidden_role');
    },
    TIMEOUT,
  );

  it(
    'detects an edited, removed or cut-off line',
    async () => {
      const { owner, join } = await shareWorkspace(team.server, 'ws-tamper');
      const rita = await join('reviewer', 'Rita Reviewer');
      for (const decision of ['request_changes', 'approve', 'approve']) {
        const made = await api(team.server, 'POST', '/api/workspaces/ws-tamper/decisions', {
          token: rita.token,
          body: { versionId: 'v1', versionHash: V1, decision },
        });
        expect(made.status).toBe(201);
      }
      const verify = async () =>
        (
          await api(team.server, 'GET', '/api/workspaces/ws-tamper/audit/verify', {
            token: owner.token,
          })
        ).body;
      expect(await verify()).toEqual({ ok: true, entries: 3 });

      const file = pathJoin(team.dataDir, 'audit', 'ws-tamper.jsonl');
      const original = await readFile(file, 'utf8');
      const lines = original.trimEnd().split('\n');

      await writeFile(
        file,
        original.replace('"decision":"request_changes"', '"decision":"approve"'),
      );
      expect(await verify()).toEqual({ ok: false, entries: 3, brokenAt: 2 });

      await writeFile(file, `${[lines[0], lines[2]].join('\n')}\n`);
      expect(await verify()).toMatchObject({ ok: false, brokenAt: 2 });

      await writeFile(file, original.replace(/"approve"(?=[^\n]*\n$)/, '"request_changes"'));
      expect(await verify()).toMatchObject({ ok: false, brokenAt: 3 });

      await writeFile(file, `${lines.slice(0, 2).join('\n')}\n`);
      expect(await verify()).toMatchObject({ ok: false });

      await writeFile(file, original);
      expect(await verify()).toEqual({ ok: true, entries: 3 });
    },
    TIMEOUT,
  );

  it(
    'lets only members decide, and checks what they send',
    async () => {
      const { owner } = await shareWorkspace(team.server, 'ws-checks');
      const noToken = await api(team.server, 'POST', '/api/workspaces/ws-checks/decisions', {
        body: { versionId: 'v1', versionHash: V1, decision: 'approve' },
      });
      expect(noToken.status).toBe(401);
      expect(noToken.body.code).toBe('token_missing');
      const badHash = await api(team.server, 'POST', '/api/workspaces/ws-checks/decisions', {
        token: owner.token,
        body: { versionId: 'v1', versionHash: 'abc', decision: 'approve' },
      });
      expect(badHash.status).toBe(400);
      expect(badHash.body.error).toMatch(/64 lower-case hex digits/);
      const unknown = await api(team.server, 'GET', '/api/workspaces/nope/members', {
        token: owner.token,
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('workspace_not_found');
      const taken = await api(team.server, 'POST', '/api/workspaces', {
        body: { workspaceId: 'ws-checks', name: 'X' },
      });
      expect(taken.status).toBe(409);
    },
    TIMEOUT,
  );
});
