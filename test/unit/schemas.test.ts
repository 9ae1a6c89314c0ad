import { describe, expect, it } from 'vitest';
import { accountSchema } from '../../src/domain/schemas/account';
import { contactSchema } from '../../src/domain/schemas/contact';
import { dealSchema } from '../../src/domain/schemas/deal';
import { highlightSchema } from '../../src/domain/schemas/highlight';
import { interviewSchema } from '../../src/domain/schemas/interview';
import { traitSchema, traitWeightSchema } from '../../src/domain/schemas/trait';

const at = '2026-03-01T10:00:00.000Z';
const base = { id: 'x1', createdAt: at, updatedAt: at };

const account = {
  ...base,
  name: 'Acme Analytics',
  domain: 'acme.com',
  crmId: null,
  industry: 'B2B SaaS',
  employees: 120,
  employeesBand: '51-200',
  region: 'EMEA',
  arr: 48000,
  ltv: 150000,
  salesCycleDays: 21,
  customerSince: '2024-05-01',
  churnedAt: null,
  nps: 9,
  integrations: 5,
  techStack: ['Salesforce'],
  plan: 'Growth',
  customFields: [],
  cohort: 'power_user',
  cohortSource: 'manual',
  importId: null,
};

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

describe('account schema', () => {
  it('accepts a complete account', () => {
    expect(accountSchema.parse(account).name).toBe('Acme Analytics');
  });

  it('trims names and refuses a blank one', () => {
    expect(accountSchema.parse({ ...account, name: '  Acme  ' }).name).toBe('Acme');
    expect(firstMessage(accountSchema.safeParse({ ...account, name: '   ' }))).toBe(
      'Name is required.',
    );
  });

  it.each([
    [{ arr: -5 }, 'ARR cannot be negative.'],
    [{ arr: 'twelve' }, 'ARR must be a number.'],
    [{ nps: 11 }, 'NPS must be from 0 to 10.'],
    [{ nps: 8.5 }, 'NPS must be a whole number from 0 to 10.'],
    [{ domain: 'https://www.acme.com/' }, 'Domain must look like acme.com.'],
    [{ customerSince: '03/31/2024' }, 'Use a date like 2026-03-31.'],
    [{ cohort: 'vip' }, 'Cohort must be one of power user, emerging promoter, churner, lost deal.'],
    [{ salesCycleDays: 2.5 }, 'Sales cycle must be whole days.'],
  ])('refuses %o with "%s"', (patch, message) => {
    expect(firstMessage(accountSchema.safeParse({ ...account, ...patch }))).toBe(message);
  });

  it('keeps HTML in names as plain text rather than rejecting or altering it', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(accountSchema.parse({ ...account, name }).name).toBe(name);
  });
});

describe('deal, contact and interview schemas', () => {
  const deal = {
    ...base,
    accountId: 'a1',
    name: null,
    crmId: null,
    stage: 'lost',
    amount: 12000,
    createdOn: '2026-01-02',
    closedOn: '2026-02-01',
    lossReason: 'Missing Salesforce integration',
    lossCategory: 'product',
    importId: null,
  };

  it('accepts a lost deal with its category and refuses unknown stages', () => {
    expect(dealSchema.parse(deal).lossCategory).toBe('product');
    expect(firstMessage(dealSchema.safeParse({ ...deal, stage: 'closed' }))).toBe(
      'Stage must be won, lost or open.',
    );
    expect(firstMessage(dealSchema.safeParse({ ...deal, lossCategory: 'sales' }))).toBe(
      'Loss category must be product, process or external.',
    );
  });

  it('checks contact emails and buying roles', () => {
    const contact = {
      ...base,
      accountId: 'a1',
      name: 'Ana',
      title: null,
      email: null,
      buyingRole: 'champion',
    };
    expect(contactSchema.parse(contact).buyingRole).toBe('champion');
    expect(firstMessage(contactSchema.safeParse({ ...contact, email: 'ana@' }))).toBe(
      'Email must look like name@company.com.',
    );
    expect(firstMessage(contactSchema.safeParse({ ...contact, buyingRole: 'boss' }))).toBe(
      'Pick a buying role from the list.',
    );
  });

  it('needs an account and refuses transcript segments that end before they start', () => {
    const interview = {
      ...base,
      accountId: 'a1',
      contactIds: [],
      date: '2026-02-10',
      interviewer: 'Maya',
      guideId: null,
      channel: 'video',
      notes: '',
      startedAt: null,
      transcript: [{ speaker: 'Ana', startMs: 500, endMs: 100, text: 'hi' }],
      speakerMap: [],
      status: 'done',
      summary: null,
    };
    expect(firstMessage(interviewSchema.safeParse(interview))).toBe(
      'A segment cannot end before it starts.',
    );
    expect(
      firstMessage(interviewSchema.safeParse({ ...interview, transcript: null, accountId: '' })),
    ).toBe('Pick the account this interview is with.');
  });
});

describe('highlight anchors', () => {
  it('refuses an empty or inverted quote range', () => {
    const highlight = {
      ...base,
      interviewId: 'i1',
      accountId: 'a1',
      codeIds: [],
      traitIds: [],
      anchor: { exact: 'pain', prefix: '', suffix: '', start: 10, end: 10, source: 'notes' },
      speaker: null,
      comment: null,
    };
    expect(firstMessage(highlightSchema.safeParse(highlight))).toBe(
      'A quote must end after it starts.',
    );
  });
});

describe('trait weights', () => {
  it.each([-5, -3, -1, 1, 3, 5])('accepts %i', (w) => {
    expect(traitWeightSchema.parse(w)).toBe(w);
  });

  it.each([
    [0, 'A weight of 0 says nothing: choose a side.'],
    [2, 'Avoid the soft middle (±2, ±4): use ±1, ±3 or ±5 so the decision stays clear.'],
    [-4, 'Avoid the soft middle (±2, ±4): use ±1, ±3 or ±5 so the decision stays clear.'],
    [6, 'Weight must be from -5 to +5.'],
    [1.5, 'Weight must be a whole number.'],
  ])('refuses %s with the reason', (w, message) => {
    expect(firstMessage(traitWeightSchema.safeParse(w))).toBe(message);
  });

  it('validates a trait rule by its operator', () => {
    const trait = {
      ...base,
      name: '4+ integrations',
      description: null,
      component: 'technographic',
      kind: 'must_have',
      weight: 5,
      rule: { op: 'range', field: 'integrations', min: 4, max: null },
      codeIds: [],
      highlightIds: [],
    };
    expect(traitSchema.parse(trait).rule).toEqual({
      op: 'range',
      field: 'integrations',
      min: 4,
      max: null,
    });
    expect(traitSchema.safeParse({ ...trait, rule: { op: 'between', field: 'arr' } }).success).toBe(
      false,
    );
  });
});
