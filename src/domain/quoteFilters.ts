import type { Account } from './schemas/account';
import type { Code, CodeKind } from './schemas/code';
import { CODE_KINDS } from './schemas/code';
import { COHORTS, type Cohort } from './schemas/cohort';
import type { Highlight } from './schemas/highlight';
import type { Interview } from './schemas/interview';
import type { Trait } from './schemas/trait';

/** What the Quotes page needs of an interview: its notes can run to megabytes, so they stay out. */
export type QuoteInterview = Pick<Interview, 'id' | 'accountId' | 'date' | 'interviewer'>;
export type QuoteAccount = Pick<Account, 'id' | 'name' | 'cohort'>;

export interface QuoteRow {
  id: string;
  highlight: Highlight;
  text: string;
  /** Undefined when the account or interview was deleted but the quote survived. */
  account: QuoteAccount | undefined;
  interview: QuoteInterview | undefined;
  codes: Code[];
  traits: Trait[];
  /** Lower-cased quote, speaker and comment, cut once so typing in "Find" stays cheap. */
  haystack: string;
}

export interface QuoteSources {
  highlights: readonly Highlight[];
  accounts: readonly QuoteAccount[];
  interviews: readonly QuoteInterview[];
  codes: readonly Code[];
  traits: readonly Trait[];
}

/** Newest interview first, then in the order the quotes appear in it: how a tour is reviewed. */
function compareRows(a: QuoteRow, b: QuoteRow): number {
  const byDate = (b.interview?.date ?? '').localeCompare(a.interview?.date ?? '');
  if (byDate !== 0) return byDate;
  const byInterview = a.highlight.interviewId.localeCompare(b.highlight.interviewId);
  if (byInterview !== 0) return byInterview;
  const bySource = a.highlight.anchor.source.localeCompare(b.highlight.anchor.source);
  return bySource || a.highlight.anchor.start - b.highlight.anchor.start;
}

export function buildQuoteRows(sources: QuoteSources): QuoteRow[] {
  const accounts = new Map(sources.accounts.map((a) => [a.id, a]));
  const interviews = new Map(sources.interviews.map((i) => [i.id, i]));
  const codes = new Map(sources.codes.map((c) => [c.id, c]));
  const traits = new Map(sources.traits.map((t) => [t.id, t]));
  const rows = sources.highlights.map((highlight): QuoteRow => {
    const text = highlight.anchor.exact;
    return {
      id: highlight.id,
      highlight,
      text,
      account: accounts.get(highlight.accountId),
      interview: interviews.get(highlight.interviewId),
      codes: highlight.codeIds.flatMap((id) => codes.get(id) ?? []),
      traits: highlight.traitIds.flatMap((id) => traits.get(id) ?? []),
      haystack: [text, highlight.speaker ?? '', highlight.comment ?? ''].join('\n').toLowerCase(),
    };
  });
  return rows.sort(compareRows);
}

/** Empty string means "any"; 'unassigned' finds quotes from accounts still without a cohort. */
export interface QuoteFilters {
  cohort: Cohort | 'unassigned' | '';
  codeId: string;
  codeKind: CodeKind | '';
  traitId: string;
  accountId: string;
  interviewId: string;
  speaker: string;
  text: string;
}

export const NO_QUOTE_FILTERS: QuoteFilters = {
  cohort: '',
  codeId: '',
  codeKind: '',
  traitId: '',
  accountId: '',
  interviewId: '',
  speaker: '',
  text: '',
};

/** URL parameter per filter, so a filtered list can be linked to from synthesis and shared. */
const PARAMS: Record<keyof QuoteFilters, string> = {
  cohort: 'cohort',
  codeId: 'code',
  codeKind: 'kind',
  traitId: 'trait',
  accountId: 'account',
  interviewId: 'interview',
  speaker: 'speaker',
  text: 'q',
};

const FILTER_KEYS = Object.keys(PARAMS) as (keyof QuoteFilters)[];

export function hasActiveQuoteFilters(filters: QuoteFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}

function isCohortFilter(value: string): value is QuoteFilters['cohort'] {
  return value === 'unassigned' || (COHORTS as readonly string[]).includes(value);
}

function isCodeKind(value: string): value is CodeKind {
  return (CODE_KINDS as readonly string[]).includes(value);
}

/** Reads filters from URL parameters; unknown cohorts or kinds (an old link) mean "any". */
export function parseQuoteFilters(get: (param: string) => string | null): QuoteFilters {
  const read = (key: keyof QuoteFilters) => get(PARAMS[key]) ?? '';
  const cohort = read('cohort');
  const codeKind = read('codeKind');
  return {
    cohort: isCohortFilter(cohort) ? cohort : '',
    codeId: read('codeId'),
    codeKind: isCodeKind(codeKind) ? codeKind : '',
    traitId: read('traitId'),
    accountId: read('accountId'),
    interviewId: read('interviewId'),
    speaker: read('speaker'),
    text: read('text'),
  };
}

/** Only the filters in use, so an unfiltered list has a clean URL. */
export function quoteFilterParams(filters: QuoteFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (filters[key] !== '') params[PARAMS[key]] = filters[key];
  return params;
}

/** Free text matches every word somewhere in the quote, its speaker or its comment. */
export function filterQuotes(rows: readonly QuoteRow[], filters: QuoteFilters): QuoteRow[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const cohort = row.account?.cohort ?? null;
    if (
      filters.cohort === 'unassigned'
        ? cohort !== null
        : filters.cohort && cohort !== filters.cohort
    ) {
      return false;
    }
    if (filters.codeId && !row.highlight.codeIds.includes(filters.codeId)) return false;
    if (filters.codeKind && !row.codes.some((code) => code.kind === filters.codeKind)) return false;
    if (filters.traitId && !row.highlight.traitIds.includes(filters.traitId)) return false;
    if (filters.accountId && row.highlight.accountId !== filters.accountId) return false;
    if (filters.interviewId && row.highlight.interviewId !== filters.interviewId) return false;
    if (filters.speaker && row.highlight.speaker !== filters.speaker) return false;
    return words.every((word) => row.haystack.includes(word));
  });
}

export interface QuoteFilterOption {
  value: string;
  label: string;
}

export interface QuoteFilterOptions {
  accounts: QuoteFilterOption[];
  interviews: QuoteFilterOption[];
  speakers: string[];
}

/**
 * Accounts, interviews and speakers that have quotes, so those filters never offer a choice
 * that finds nothing. Codes and traits are offered in full: the codebook is what users know.
 */
export function quoteFilterOptions(rows: readonly QuoteRow[]): QuoteFilterOptions {
  const accounts = new Map<string, string>();
  const interviews = new Map<string, { label: string; date: string }>();
  const speakers = new Set<string>();
  for (const row of rows) {
    const accountName = row.account?.name ?? 'Unknown account';
    accounts.set(row.highlight.accountId, accountName);
    if (!interviews.has(row.highlight.interviewId)) {
      const date = row.interview?.date ?? '';
      interviews.set(row.highlight.interviewId, {
        label: row.interview ? `${accountName} · ${date}` : 'Deleted interview',
        date,
      });
    }
    if (row.highlight.speaker) speakers.add(row.highlight.speaker);
  }
  const byLabel = (a: QuoteFilterOption, b: QuoteFilterOption) => a.label.localeCompare(b.label);
  return {
    accounts: [...accounts].map(([value, label]) => ({ value, label })).sort(byLabel),
    interviews: [...interviews]
      .sort(([, a], [, b]) => b.date.localeCompare(a.date) || a.label.localeCompare(b.label))
      .map(([value, { label }]) => ({ value, label })),
    speakers: [...speakers].sort((a, b) => a.localeCompare(b)),
  };
}

const LABEL_LENGTH = 60;

/** A quote's text cut to a label length, for checkboxes and announcements. */
export function quoteLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_LENGTH) return flat;
  return `${flat.slice(0, LABEL_LENGTH).replace(/\s\S*$/, '')}…`;
}
