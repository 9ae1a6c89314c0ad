import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { CODE_IDS, defaultCodebook } from '../../src/domain/defaultCodebook';
import { COMMON_QUESTIONS, defaultGuideBank } from '../../src/domain/defaultGuides';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import { accountSchema } from '../../src/domain/schemas/account';
import { CODE_KINDS, codeSchema, type CodeKind } from '../../src/domain/schemas/code';
import { COHORTS, type Cohort } from '../../src/domain/schemas/cohort';
import { contactSchema } from '../../src/domain/schemas/contact';
import { dealSchema } from '../../src/domain/schemas/deal';
import { findingSchema } from '../../src/domain/schemas/finding';
import { guideSchema } from '../../src/domain/schemas/guide';
import { highlightSchema } from '../../src/domain/schemas/highlight';
import { icpVersionSchema } from '../../src/domain/schemas/icpVersion';
import { interviewSchema } from '../../src/domain/schemas/interview';
import { traitSchema } from '../../src/domain/schemas/trait';
import { transcriptSegmentOffsets, transcriptText } from '../../src/domain/transcriptText';
import type { WorkspaceData } from '../../src/domain/workspaceData';

const NOW = '2026-03-31T12:00:00.000Z';
const SEED = 20261;
const DAY_MS = 86_400_000;

const ws = generateDemoWorkspace({ seed: SEED, now: NOW });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/** Problems with anchors, as strings, so a failure says which highlight broke. */
function anchorProblems(data: WorkspaceData): string[] {
  const interviews = new Map(data.interviews.map((i) => [i.id, i]));
  const problems: string[] = [];
  for (const h of data.highlights) {
    const interview = interviews.get(h.interviewId);
    if (!interview) {
      problems.push(`${h.id}: no interview ${h.interviewId}`);
      continue;
    }
    const { anchor } = h;
    const text =
      anchor.source === 'notes'
        ? interview.notes
        : interview.transcript
          ? transcriptText(interview.transcript)
          : null;
    if (text === null) {
      problems.push(`${h.id}: transcript anchor on an interview without transcript`);
      continue;
    }
    if (text.slice(anchor.start, anchor.end) !== anchor.exact)
      problems.push(`${h.id}: exact mismatch`);
    if (text.slice(Math.max(0, anchor.start - 32), anchor.start) !== anchor.prefix) {
      problems.push(`${h.id}: prefix mismatch`);
    }
    if (text.slice(anchor.end, anchor.end + 32) !== anchor.suffix)
      problems.push(`${h.id}: suffix mismatch`);
    if (h.accountId !== interview.accountId)
      problems.push(`${h.id}: account differs from interview`);
  }
  return problems;
}

/** Distinct accounts per cohort quoting a code: the unit synthesis counts in (DOMAIN.md §4). */
function distinctAccounts(data: WorkspaceData, codeId: string, cohort: Cohort): number {
  const cohortOf = new Map(data.accounts.map((a) => [a.id, a.cohort]));
  return new Set(
    data.highlights
      .filter((h) => h.codeIds.includes(codeId) && cohortOf.get(h.accountId) === cohort)
      .map((h) => h.accountId),
  ).size;
}

function byCohort(data: WorkspaceData, cohort: Cohort) {
  return data.accounts.filter((a) => a.cohort === cohort);
}

/** The planted ICP signal, checked the way a user of the synthesis screen would see it. */
function signalProblems(data: WorkspaceData, now: string): string[] {
  const problems: string[] = [];
  const integrations = (cohort: Cohort) => byCohort(data, cohort).map((a) => a.integrations ?? 0);
  if (median(integrations('power_user')) < 4) problems.push('power-user integrations median < 4');
  if (median(integrations('churner')) > 2) problems.push('churner integrations median > 2');

  const pain = CODE_IDS.painManualReporting;
  if (distinctAccounts(data, pain, 'power_user') <= distinctAccounts(data, pain, 'churner')) {
    problems.push('manual reporting not a power-user pain');
  }
  const product = CODE_IDS.failureMissingSalesforce;
  if (distinctAccounts(data, product, 'churner') <= distinctAccounts(data, product, 'power_user')) {
    problems.push('missing Salesforce not a churner reason');
  }

  const kindOf = new Map(data.codes.map((c) => [c.id, c.kind]));
  const churnerIds = new Set(byCohort(data, 'churner').map((a) => a.id));
  const churnKinds = new Set<CodeKind | undefined>(
    data.highlights
      .filter((h) => churnerIds.has(h.accountId))
      .flatMap((h) => h.codeIds.map((id) => kindOf.get(id))),
  );
  if (!churnKinds.has('failure_product')) problems.push('no product churn reason quoted');
  if (!churnKinds.has('failure_process')) problems.push('no process churn reason quoted');
  const churnDealCategories = new Set(
    data.deals
      .filter((d) => churnerIds.has(d.accountId) && d.stage === 'lost')
      .map((d) => d.lossCategory),
  );
  if (!churnDealCategories.has('product') || !churnDealCategories.has('process')) {
    problems.push('churner renewals lack product or process loss categories');
  }

  const nowMs = new Date(now).getTime();
  for (const a of byCohort(data, 'emerging_promoter')) {
    const since = a.customerSince ? new Date(a.customerSince).getTime() : NaN;
    if (!(since <= nowMs && nowMs - since <= 365 * DAY_MS))
      problems.push(`${a.id}: promoter not recent`);
  }
  for (const a of byCohort(data, 'power_user')) {
    const since = a.customerSince ? new Date(a.customerSince).getTime() : NaN;
    if (!(nowMs - since >= 365 * DAY_MS)) problems.push(`${a.id}: power user under 12 months`);
    if ((a.nps ?? 0) < 9) problems.push(`${a.id}: power user NPS below 9`);
    if ((a.salesCycleDays ?? 99) >= 30) problems.push(`${a.id}: power user cycle >= 30 days`);
    if (!a.techStack.includes('Salesforce') || !a.techStack.includes('Snowflake')) {
      problems.push(`${a.id}: power user without Salesforce + Snowflake`);
    }
  }
  return problems;
}

function foreignKeyProblems(data: WorkspaceData): string[] {
  const problems: string[] = [];
  const accountIds = new Set(data.accounts.map((a) => a.id));
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const interviewIds = new Set(data.interviews.map((i) => i.id));
  const codeIds = new Set(data.codes.map((c) => c.id));
  const guideIds = new Set(data.guides.map((g) => g.id));
  for (const d of data.deals) if (!accountIds.has(d.accountId)) problems.push(`${d.id}: account`);
  for (const c of data.contacts)
    if (!accountIds.has(c.accountId)) problems.push(`${c.id}: account`);
  for (const i of data.interviews) {
    if (!accountIds.has(i.accountId)) problems.push(`${i.id}: account`);
    if (i.guideId !== null && !guideIds.has(i.guideId)) problems.push(`${i.id}: guide`);
    for (const id of i.contactIds) {
      if (contacts.get(id)?.accountId !== i.accountId) problems.push(`${i.id}: contact ${id}`);
    }
  }
  for (const h of data.highlights) {
    if (!interviewIds.has(h.interviewId)) problems.push(`${h.id}: interview`);
    if (!accountIds.has(h.accountId)) problems.push(`${h.id}: account`);
    for (const id of h.codeIds) if (!codeIds.has(id)) problems.push(`${h.id}: code ${id}`);
  }
  return problems;
}

function schemaProblems(data: WorkspaceData): string[] {
  const problems: string[] = [];
  const check = <T extends { id: string }>(label: string, schema: z.ZodType, records: T[]) => {
    for (const record of records) {
      const result = schema.safeParse(record);
      if (!result.success) problems.push(`${label} ${record.id}: ${result.error.message}`);
    }
  };
  check('account', accountSchema, data.accounts);
  check('deal', dealSchema, data.deals);
  check('contact', contactSchema, data.contacts);
  check('guide', guideSchema, data.guides);
  check('interview', interviewSchema, data.interviews);
  check('code', codeSchema, data.codes);
  check('highlight', highlightSchema, data.highlights);
  check('trait', traitSchema, data.traits);
  check('finding', findingSchema, data.findings);
  check('icpVersion', icpVersionSchema, data.icpVersions);
  return problems;
}

describe('generateDemoWorkspace', () => {
  it('is deterministic for a seed and now', () => {
    expect(generateDemoWorkspace({ seed: SEED, now: NOW })).toEqual(ws);
  });

  it('changes names, numbers and wording with the seed', () => {
    const other = generateDemoWorkspace({ seed: SEED + 1, now: NOW });
    expect(other.accounts.map((a) => a.name)).not.toEqual(ws.accounts.map((a) => a.name));
    expect(other.accounts.map((a) => a.arr)).not.toEqual(ws.accounts.map((a) => a.arr));
    expect(other.interviews.map((i) => i.notes)).not.toEqual(ws.interviews.map((i) => i.notes));
  });

  it('produces counts in the intended ranges', () => {
    expect(ws.accounts.length).toBeGreaterThanOrEqual(55);
    expect(ws.accounts.length).toBeLessThanOrEqual(65);
    for (const cohort of COHORTS) expect(byCohort(ws, cohort).length).toBeGreaterThan(0);
    expect(ws.deals.length).toBeGreaterThanOrEqual(70);
    expect(ws.deals.length).toBeLessThanOrEqual(90);
    expect(ws.interviews.length).toBeGreaterThanOrEqual(20);
    expect(ws.interviews.length).toBeLessThanOrEqual(28);
    expect(ws.interviews.filter((i) => i.transcript !== null)).toHaveLength(4);
    expect(ws.highlights.length).toBeGreaterThanOrEqual(130);
    expect(ws.highlights.length).toBeLessThanOrEqual(170);
    expect(ws.guides).toHaveLength(4);
    expect(ws.traits).toEqual([]);
    expect(ws.findings).toEqual([]);
    expect(ws.icpVersions).toEqual([]);
  });

  it('passes every zod schema', () => {
    expect(schemaProblems(ws)).toEqual([]);
  });

  it('anchors every highlight on the exact text of its source', () => {
    expect(anchorProblems(ws)).toEqual([]);
    const sources = new Set(ws.highlights.map((h) => h.anchor.source));
    expect(sources).toEqual(new Set(['notes', 'transcript']));
  });

  it('resolves every foreign key', () => {
    expect(foreignKeyProblems(ws)).toEqual([]);
  });

  it('plants the ICP signal', () => {
    expect(signalProblems(ws, NOW)).toEqual([]);
  });

  it('writes every quote in the demo once, for this seed and others', () => {
    // Two people saying the very same words reads as fake evidence: the same signal must be told
    // in different words. Other seeds check the variants have headroom, not just enough for one.
    for (const seed of [SEED, 1, 2, 3]) {
      const data = seed === SEED ? ws : generateDemoWorkspace({ seed, now: NOW });
      const said = new Map<string, number>();
      for (const h of data.highlights)
        said.set(h.anchor.exact, (said.get(h.anchor.exact) ?? 0) + 1);
      const repeats = [...said].filter(([, n]) => n > 1).map(([text, n]) => `${n}x ${text}`);
      expect(repeats, `seed ${seed}`).toEqual([]);
    }
  });

  it('counts quotes per account, not per quote: some accounts repeat a code', () => {
    const counts = new Map<string, number>();
    for (const h of ws.highlights) {
      for (const code of h.codeIds)
        counts.set(`${h.accountId}|${code}`, (counts.get(`${h.accountId}|${code}`) ?? 0) + 1);
    }
    expect([...counts.values()].some((n) => n >= 2)).toBe(true);
    const interviewsPerAccount = new Map<string, number>();
    for (const i of ws.interviews)
      interviewsPerAccount.set(i.accountId, (interviewsPerAccount.get(i.accountId) ?? 0) + 1);
    expect([...interviewsPerAccount.values()].some((n) => n >= 2)).toBe(true);
  });

  it('keeps names and domains unique and domains normalised', () => {
    const names = ws.accounts.map((a) => a.name);
    const domains = ws.accounts.map((a) => a.domain);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(domains).size).toBe(domains.length);
    for (const domain of domains) {
      expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(domain?.startsWith('www.')).toBe(false);
    }
    expect(names.some((name) => /[^\u0020-\u007e]/.test(name))).toBe(true);
  });

  it('keeps ids unique within each table', () => {
    for (const records of Object.values(ws) as { id: string }[][]) {
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
  });

  it('fills accounts the way each cohort implies', () => {
    for (const a of ws.accounts) {
      expect(a.cohortSource).toBe('manual');
      expect(a.importId).toBeNull();
      expect(a.customFields).toEqual([]);
      if (a.cohort === 'lost_deal') {
        expect([a.arr, a.ltv, a.customerSince, a.churnedAt]).toEqual([null, null, null, null]);
      } else {
        expect(a.arr).not.toBeNull();
        expect(a.customerSince).not.toBeNull();
      }
      expect(a.churnedAt !== null).toBe(a.cohort === 'churner');
      if (a.churnedAt && a.customerSince) expect(a.churnedAt > a.customerSince).toBe(true);
    }
  });

  it('gives every customer a won deal that matches its start date and cycle', () => {
    for (const a of ws.accounts.filter((x) => x.customerSince !== null)) {
      const won = ws.deals.filter((d) => d.accountId === a.id && d.stage === 'won');
      expect(won.length).toBeGreaterThan(0);
      const first = won.find((d) => d.closedOn === a.customerSince);
      expect(first).toBeDefined();
      const days =
        (new Date(first?.closedOn ?? '').getTime() - new Date(first?.createdOn ?? '').getTime()) /
        DAY_MS;
      expect(days).toBe(a.salesCycleDays);
    }
    for (const a of byCohort(ws, 'lost_deal')) {
      expect(
        ws.deals.some((d) => d.accountId === a.id && d.stage === 'lost' && d.lossCategory !== null),
      ).toBe(true);
    }
    expect(ws.deals.some((d) => d.stage === 'open')).toBe(true);
  });

  it('keeps every date before now and in order', () => {
    const today = NOW.slice(0, 10);
    for (const d of ws.deals) {
      if (d.createdOn) expect(d.createdOn <= today).toBe(true);
      if (d.closedOn) expect(d.closedOn < today).toBe(true);
      if (d.createdOn && d.closedOn) expect(d.createdOn <= d.closedOn).toBe(true);
      expect(d.stage === 'lost').toBe(d.lossCategory !== null && d.lossReason !== null);
    }
    const fourMonthsAgo = new Date(new Date(NOW).getTime() - 122 * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const accounts = new Map(ws.accounts.map((a) => [a.id, a]));
    for (const i of ws.interviews) {
      expect(i.date < today && i.date >= fourMonthsAgo).toBe(true);
      expect(i.status).toBe('done');
      // Calls look back on what happened: after a customer started, left, or a deal was lost.
      const account = accounts.get(i.accountId);
      if (account?.customerSince) expect(i.date > account.customerSince).toBe(true);
      if (account?.churnedAt) expect(i.date > account.churnedAt).toBe(true);
      for (const d of ws.deals.filter((x) => x.accountId === i.accountId && x.stage === 'lost')) {
        if (account?.cohort === 'lost_deal') expect(i.date > (d.closedOn ?? '')).toBe(true);
      }
    }
  });

  it('spreads interviews across cohorts with one transcript each', () => {
    const cohortOf = new Map(ws.accounts.map((a) => [a.id, a.cohort]));
    for (const cohort of COHORTS) {
      const calls = ws.interviews.filter((i) => cohortOf.get(i.accountId) === cohort);
      expect(calls.length).toBeGreaterThanOrEqual(5);
      expect(calls.length).toBeLessThanOrEqual(7);
      expect(calls.filter((i) => i.transcript)).toHaveLength(1);
      for (const call of calls) expect(call.guideId).toBe(`guide-${cohort}`);
    }
    // Notes differ call to call, not 24 copies of a template.
    expect(new Set(ws.interviews.map((i) => i.notes)).size).toBe(ws.interviews.length);
  });

  it('writes transcripts between the interviewer and the account’s contacts', () => {
    const contacts = new Map(ws.contacts.map((c) => [c.id, c]));
    for (const i of ws.interviews.filter((x) => x.transcript)) {
      const segments = i.transcript ?? [];
      expect(segments.length).toBeGreaterThanOrEqual(15);
      expect(segments.length).toBeLessThanOrEqual(30);
      const interviewerName = i.interviewer.replace(/ \(.*\)$/, '');
      const names = new Set([interviewerName, ...i.contactIds.map((id) => contacts.get(id)?.name)]);
      for (const s of segments) expect(names.has(s.speaker)).toBe(true);
      for (let k = 1; k < segments.length; k += 1) {
        expect(segments[k]?.startMs ?? 0).toBeGreaterThanOrEqual(segments[k - 1]?.endMs ?? 0);
      }
      const quoted = ws.highlights.filter((h) => h.interviewId === i.id);
      expect(quoted.length).toBeGreaterThan(0);
      for (const h of quoted) {
        expect(h.anchor.source).toBe('transcript');
        expect(h.speaker).not.toBe(interviewerName);
      }
    }
  });

  it('gives each account 1-3 contacts with emails at its own domain', () => {
    for (const a of ws.accounts) {
      const own = ws.contacts.filter((c) => c.accountId === a.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      for (const c of own) if (c.email) expect(c.email.endsWith(`@${a.domain}`)).toBe(true);
    }
  });

  it('normalises now, so an offset time still yields valid records', () => {
    const shifted = generateDemoWorkspace({ seed: SEED, now: '2026-03-31T14:00:00+02:00' });
    expect(shifted.accounts[0]?.createdAt).toBe(NOW);
    expect(() => generateDemoWorkspace({ seed: SEED, now: 'yesterday' })).toThrow();
  });

  it('holds valid anchors, schemas and the planted signal for arbitrary seeds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.date({
          min: new Date('2024-01-01T00:00:00Z'),
          max: new Date('2032-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (seed, date) => {
          const now = date.toISOString();
          const data = generateDemoWorkspace({ seed, now });
          expect(anchorProblems(data)).toEqual([]);
          expect(signalProblems(data, now)).toEqual([]);
          expect(foreignKeyProblems(data)).toEqual([]);
          expect(schemaProblems(data)).toEqual([]);
          expect(data.highlights.length).toBeGreaterThanOrEqual(130);
          expect(data.highlights.length).toBeLessThanOrEqual(170);
          expect(data.deals.length).toBeGreaterThanOrEqual(70);
          expect(data.deals.length).toBeLessThanOrEqual(90);
          expect(data.interviews.filter((i) => i.transcript)).toHaveLength(4);
          expect(new Set(data.accounts.map((a) => a.domain)).size).toBe(data.accounts.length);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('transcriptText', () => {
  it('joins segment texts with newlines and reports where each starts', () => {
    const segments = [{ text: 'Hello.' }, { text: '' }, { text: 'Bye.' }];
    const text = transcriptText(segments);
    expect(text).toBe('Hello.\n\nBye.');
    const offsets = transcriptSegmentOffsets(segments);
    segments.forEach((segment, i) =>
      expect(text.slice(offsets[i], (offsets[i] ?? 0) + segment.text.length)).toBe(segment.text),
    );
  });
});

describe('defaultCodebook', () => {
  const codes = defaultCodebook(NOW);

  it('covers every code kind with a handful of starter codes', () => {
    for (const kind of CODE_KINDS) {
      const count = codes.filter((c) => c.kind === kind).length;
      expect(count, kind).toBeGreaterThanOrEqual(3);
      expect(count, kind).toBeLessThanOrEqual(7);
    }
  });

  it('has stable unique ids, distinct colours, valid records and a few pinned codes', () => {
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
    expect(new Set(codes.map((c) => c.colour.toLowerCase())).size).toBe(codes.length);
    for (const c of codes) expect(codeSchema.safeParse(c).success).toBe(true);
    const pinned = codes.filter((c) => c.pinned).length;
    expect(pinned).toBeGreaterThanOrEqual(4);
    expect(pinned).toBeLessThanOrEqual(9);
    expect(codes.find((c) => c.id === 'code-pain-manual-reporting')?.name).toBe(
      'Manual reporting eats hours',
    );
    for (const id of Object.values(CODE_IDS)) expect(codes.some((c) => c.id === id)).toBe(true);
  });
});

describe('defaultGuideBank', () => {
  const { guides, questions } = defaultGuideBank(NOW);

  it('gives each cohort a guide that shares the common questions, each one bank question', () => {
    expect(guides.map((g) => g.id)).toEqual(COHORTS.map((c) => `guide-${c}`));
    const idOf = new Map(questions.map((q) => [q.text, q.id]));
    expect(idOf.size).toBe(questions.length);
    for (const guide of guides) {
      expect(guideSchema.safeParse(guide).success).toBe(true);
      for (const text of COMMON_QUESTIONS) expect(guide.questionIds).toContain(idOf.get(text));
      expect(guide.questionIds.length).toBeGreaterThan(COMMON_QUESTIONS.length);
    }
    // "Where did you first hear of us?" is asked of two cohorts: one question, not two.
    const heard = idOf.get('Where did you first hear of us?');
    expect(guides.filter((g) => heard && g.questionIds.includes(heard))).toHaveLength(2);
  });
});
