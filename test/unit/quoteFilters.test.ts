import { describe, expect, it } from 'vitest';
import {
  buildQuoteRows,
  filterQuotes,
  hasActiveQuoteFilters,
  NO_QUOTE_FILTERS,
  parseQuoteFilters,
  quoteFilterOptions,
  quoteFilterParams,
  quoteLabel,
  type QuoteFilters,
  type QuoteSources,
} from '../../src/domain/quoteFilters';
import type { Code } from '../../src/domain/schemas/code';
import type { Highlight } from '../../src/domain/schemas/highlight';
import type { Trait } from '../../src/domain/schemas/trait';

const AT = '2026-03-01T10:00:00.000Z';

function code(id: string, kind: Code['kind']): Code {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    name: `Code ${id}`,
    kind,
    description: null,
    colour: '#336699',
    parentId: null,
    pinned: false,
  };
}

function quote(
  id: string,
  interviewId: string,
  accountId: string,
  exact: string,
  extra: Partial<Highlight> = {},
): Highlight {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    interviewId,
    accountId,
    codeIds: [],
    traitIds: [],
    anchor: { exact, prefix: '', suffix: '', start: 10, end: 10 + exact.length, source: 'notes' },
    speaker: null,
    comment: null,
    ...extra,
  };
}

const trait: Trait = {
  id: 't-warehouse',
  createdAt: AT,
  updatedAt: AT,
  name: 'Has a warehouse',
  description: null,
  component: 'technographic',
  kind: 'must_have',
  weight: 3,
  rule: null,
  codeIds: [],
  highlightIds: [],
};

const sources: QuoteSources = {
  accounts: [
    { id: 'acc-1', name: 'Willowby Labs', cohort: 'power_user' },
    { id: 'acc-2', name: 'Acme', cohort: 'churner' },
    { id: 'acc-3', name: 'Zed Co', cohort: null },
  ],
  interviews: [
    { id: 'int-1', accountId: 'acc-1', date: '2026-01-12', interviewer: 'Priya' },
    { id: 'int-2', accountId: 'acc-2', date: '2026-02-03', interviewer: 'Priya' },
    { id: 'int-3', accountId: 'acc-3', date: '2026-01-20', interviewer: 'Sam' },
  ],
  codes: [
    code('pain', 'pain_point'),
    code('trigger', 'buying_trigger'),
    code('lost', 'failure_product'),
  ],
  traits: [trait],
  highlights: [
    quote('q1', 'int-1', 'acc-1', 'Onboarding took a single afternoon.', {
      codeIds: ['pain', 'gone'],
      speaker: 'Finn Bianchi',
      traitIds: ['t-warehouse'],
    }),
    quote('q2', 'int-1', 'acc-1', 'We went from 360 to 720 customers.', {
      codeIds: ['trigger'],
      speaker: 'Finn Bianchi',
      anchor: {
        exact: 'We went from 360 to 720 customers.',
        prefix: '',
        suffix: '',
        start: 2,
        end: 36,
        source: 'notes',
      },
    }),
    quote('q3', 'int-2', 'acc-2', 'No Salesforce sync, so we left.', {
      codeIds: ['lost'],
      speaker: 'Ada Moss',
      comment: 'Deal breaker',
    }),
    quote('q4', 'int-3', 'acc-3', 'Reports by hand every Monday.', { codeIds: ['pain'] }),
    quote('q5', 'int-gone', 'acc-gone', 'An orphaned quote.'),
  ],
};

const rows = buildQuoteRows(sources);
const ids = (filters: Partial<QuoteFilters>) =>
  filterQuotes(rows, { ...NO_QUOTE_FILTERS, ...filters }).map((r) => r.id);

describe('buildQuoteRows', () => {
  it('joins account, interview, codes and traits, dropping codes that no longer exist', () => {
    const q1 = rows.find((r) => r.id === 'q1');
    expect(q1?.account?.name).toBe('Willowby Labs');
    expect(q1?.interview?.date).toBe('2026-01-12');
    expect(q1?.codes.map((c) => c.id)).toEqual(['pain']);
    expect(q1?.traits.map((t) => t.name)).toEqual(['Has a warehouse']);
    const orphan = rows.find((r) => r.id === 'q5');
    expect(orphan?.account).toBeUndefined();
    expect(orphan?.interview).toBeUndefined();
  });

  it('orders by newest interview, then by position within it', () => {
    expect(rows.map((r) => r.id)).toEqual(['q3', 'q4', 'q2', 'q1', 'q5']);
  });
});

describe('filterQuotes', () => {
  it('keeps everything without filters', () => {
    expect(ids({})).toHaveLength(5);
  });

  it('filters by cohort, including quotes of accounts without one', () => {
    expect(ids({ cohort: 'power_user' })).toEqual(['q2', 'q1']);
    expect(ids({ cohort: 'unassigned' })).toEqual(['q4', 'q5']);
  });

  it('filters by code and by code kind', () => {
    expect(ids({ codeId: 'pain' })).toEqual(['q4', 'q1']);
    expect(ids({ codeKind: 'failure_product' })).toEqual(['q3']);
    expect(ids({ codeKind: 'outcome' })).toEqual([]);
  });

  it('filters by trait, account, interview and speaker', () => {
    expect(ids({ traitId: 't-warehouse' })).toEqual(['q1']);
    expect(ids({ accountId: 'acc-2' })).toEqual(['q3']);
    expect(ids({ interviewId: 'int-1' })).toEqual(['q2', 'q1']);
    expect(ids({ speaker: 'Finn Bianchi' })).toEqual(['q2', 'q1']);
  });

  it('matches every free-text word, case-insensitively, in text, speaker or comment', () => {
    expect(ids({ text: 'ONBOARDING afternoon' })).toEqual(['q1']);
    expect(ids({ text: 'onboarding monday' })).toEqual([]);
    expect(ids({ text: 'ada' })).toEqual(['q3']);
    expect(ids({ text: 'breaker' })).toEqual(['q3']);
  });

  it('combines filters with AND', () => {
    expect(ids({ cohort: 'power_user', codeId: 'trigger' })).toEqual(['q2']);
    expect(ids({ cohort: 'churner', codeId: 'trigger' })).toEqual([]);
  });
});

describe('quoteFilterOptions', () => {
  it('offers only accounts, interviews and speakers that have quotes', () => {
    const options = quoteFilterOptions(rows);
    expect(options.accounts.map((a) => a.label)).toEqual([
      'Acme',
      'Unknown account',
      'Willowby Labs',
      'Zed Co',
    ]);
    expect(options.interviews).toEqual([
      { value: 'int-2', label: 'Acme · 2026-02-03' },
      { value: 'int-3', label: 'Zed Co · 2026-01-20' },
      { value: 'int-1', label: 'Willowby Labs · 2026-01-12' },
      { value: 'int-gone', label: 'Deleted interview' },
    ]);
    expect(options.speakers).toEqual(['Ada Moss', 'Finn Bianchi']);
  });
});

describe('URL parameters', () => {
  it('round-trips filters and leaves unused ones out', () => {
    const filters: QuoteFilters = {
      ...NO_QUOTE_FILTERS,
      cohort: 'churner',
      codeId: 'lost',
      text: 'salesforce sync',
    };
    const params = quoteFilterParams(filters);
    expect(params).toEqual({ cohort: 'churner', code: 'lost', q: 'salesforce sync' });
    expect(parseQuoteFilters((key) => params[key] ?? null)).toEqual(filters);
    expect(quoteFilterParams(NO_QUOTE_FILTERS)).toEqual({});
  });

  it('reads an unknown cohort or code kind as "any"', () => {
    const params: Record<string, string> = { cohort: 'vip', kind: 'mood' };
    expect(parseQuoteFilters((key) => params[key] ?? null)).toEqual(NO_QUOTE_FILTERS);
  });

  it('knows when any filter is set', () => {
    expect(hasActiveQuoteFilters(NO_QUOTE_FILTERS)).toBe(false);
    expect(hasActiveQuoteFilters({ ...NO_QUOTE_FILTERS, speaker: 'Ada Moss' })).toBe(true);
  });
});

describe('quoteLabel', () => {
  it('keeps short quotes and cuts long ones at a word', () => {
    expect(quoteLabel('Short\nquote.')).toBe('Short quote.');
    const long =
      'We were building the weekly customer report by hand in Google Sheets, which was fine.';
    expect(quoteLabel(long)).toBe('We were building the weekly customer report by hand in…');
  });
});
