/**
 * What every synthesis view reads, and the one place the filters are applied, so the matrix,
 * the failure analysis, the lifts and the saturation curve can never disagree about which
 * quotes and which interviewed accounts are in play.
 */
import type { CohortKey } from '../cohortOverview';
import type { Account } from '../schemas/account';
import { CODE_KINDS, type Code, type CodeKind } from '../schemas/code';
import type { Deal } from '../schemas/deal';
import type { Highlight } from '../schemas/highlight';
import type { Interview } from '../schemas/interview';

export interface SynthesisInput {
  accounts: readonly Account[];
  deals: readonly Deal[];
  interviews: readonly Interview[];
  highlights: readonly Highlight[];
  codes: readonly Code[];
}

/** Every field is optional and an empty string counts as absent, as form inputs produce it. */
export interface SynthesisFilters {
  /** Only codes of these kinds are counted; an empty list counts none. */
  codeKinds?: readonly CodeKind[];
  /** Inclusive YYYY-MM-DD bounds on the interview date. */
  dateFrom?: string;
  dateTo?: string;
  /** Matched trimmed and case-insensitively: interviewer names are typed free text. */
  interviewer?: string;
  /** Only quotes tagged with this trait are counted. */
  traitId?: string;
}

/** Groups smaller than this get their shares flagged: 2 of 2 accounts is not "100%". */
export const SMALL_SAMPLE = 5;

export function cohortKeyOf(account: Pick<Account, 'cohort'>): CohortKey {
  return account.cohort ?? 'unassigned';
}

const nameKey = (name: string) => name.trim().toLowerCase();

/** The distinct interviewers for a filter picker, each under its first spelling in sort order. */
export function interviewerOptions(
  interviews: readonly Pick<Interview, 'interviewer'>[],
): string[] {
  const byKey = new Map<string, string>();
  for (const { interviewer } of interviews) {
    const key = nameKey(interviewer);
    const known = byKey.get(key);
    if (key !== '' && (known === undefined || interviewer < known)) byKey.set(key, interviewer);
  }
  return [...byKey.values()].sort(compareText);
}

/**
 * The records a synthesis view may count once the filters are applied. Quotes are kept as
 * parallel arrays of small integers so a pass over 20,000 of them allocates nothing per quote
 * and does no string lookups.
 */
export interface SynthesisScope {
  accountsById: ReadonlyMap<string, Account>;
  /** Interviews that took place, pass the date and interviewer filters, and whose account exists. */
  interviews: readonly Interview[];
  /** Planned interviews with nothing in them yet that would otherwise pass the filters. */
  scheduledInterviews: readonly Interview[];
  /** Distinct accounts of `interviews`: the denominator of every share. */
  interviewedAccountIds: ReadonlySet<string>;
  /** The codes that count: in the codebook and of an allowed kind. */
  codesById: ReadonlyMap<string, Code>;
  /** Every account once; an account's position here is its key in `forEachQuote`. */
  accountList: readonly Account[];
  quotes: {
    highlights: readonly Highlight[];
    /** Position of each quote's interview in `interviews`. */
    interviewIndex: readonly number[];
    /** Key of each quote's account: its interview's account, of which the highlight's own
     * accountId is only a denormalised copy. */
    accountKey: readonly number[];
  };
}

const present = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

function interviewPasses(interview: Interview, filters: SynthesisFilters): boolean {
  if (present(filters.dateFrom) && interview.date < filters.dateFrom) return false;
  if (present(filters.dateTo) && interview.date > filters.dateTo) return false;
  if (
    present(filters.interviewer) &&
    nameKey(interview.interviewer) !== nameKey(filters.interviewer)
  )
    return false;
  return true;
}

/**
 * A freshly scheduled interview is 'planned' and empty; counting its account as interviewed
 * would shrink every share before the call happens. Notes taken without starting the call
 * clock leave the status at 'planned', so content also marks an interview as held.
 */
export function mayBeScheduled(interview: Interview): boolean {
  return (
    interview.status === 'planned' && interview.transcript === null && !/\S/.test(interview.notes)
  );
}

/** Only scheduled-looking interviews need the quote check, so the common case skips the scan. */
export function quotedAmong(
  candidates: readonly Interview[],
  highlights: readonly Highlight[],
): Set<string> {
  const quoted = new Set<string>();
  if (candidates.length === 0) return quoted;
  const ids = new Set(candidates.map((interview) => interview.id));
  for (const highlight of highlights) {
    if (ids.has(highlight.interviewId)) quoted.add(highlight.interviewId);
  }
  return quoted;
}

export function synthesisScope(
  input: SynthesisInput,
  filters: SynthesisFilters = {},
): SynthesisScope {
  const accountsById = new Map(input.accounts.map((account) => [account.id, account]));
  const accountList = [...accountsById.values()];
  const accountKeys = new Map(accountList.map((account, key) => [account.id, key]));
  const candidates = input.interviews.filter((interview) => interviewPasses(interview, filters));
  const quoted = quotedAmong(candidates.filter(mayBeScheduled), input.highlights);

  const interviews: Interview[] = [];
  const interviewAccountKey: number[] = [];
  const scheduledInterviews: Interview[] = [];
  const interviewIndexById = new Map<string, number>();
  const interviewedAccountIds = new Set<string>();
  for (const interview of candidates) {
    const accountKey = accountKeys.get(interview.accountId);
    // An interview whose account was deleted has no cohort to count it in.
    if (accountKey === undefined) continue;
    if (mayBeScheduled(interview) && !quoted.has(interview.id)) {
      scheduledInterviews.push(interview);
      continue;
    }
    interviewIndexById.set(interview.id, interviews.length);
    interviews.push(interview);
    interviewAccountKey.push(accountKey);
    interviewedAccountIds.add(interview.accountId);
  }

  const kinds = filters.codeKinds === undefined ? null : new Set(filters.codeKinds);
  const codesById = new Map<string, Code>();
  for (const code of input.codes) {
    if (kinds === null || kinds.has(code.kind)) codesById.set(code.id, code);
  }

  const traitId = present(filters.traitId) ? filters.traitId : null;
  const highlights: Highlight[] = [];
  const interviewIndex: number[] = [];
  const accountKey: number[] = [];
  for (const highlight of input.highlights) {
    if (traitId !== null && !highlight.traitIds.includes(traitId)) continue;
    const index = interviewIndexById.get(highlight.interviewId);
    if (index === undefined) continue;
    highlights.push(highlight);
    interviewIndex.push(index);
    accountKey.push(interviewAccountKey[index] ?? -1);
  }

  return {
    accountsById,
    interviews,
    scheduledInterviews,
    interviewedAccountIds,
    codesById,
    accountList,
    quotes: { highlights, interviewIndex, accountKey },
  };
}

/**
 * Calls `visit` for each quote in scope with its interview and account, and the account's key:
 * a small integer that distinct-account counting can put in a Set faster than an id string.
 */
export function forEachQuote(
  scope: SynthesisScope,
  visit: (highlight: Highlight, interview: Interview, account: Account, accountKey: number) => void,
): void {
  const { highlights, interviewIndex, accountKey } = scope.quotes;
  for (let i = 0; i < highlights.length; i += 1) {
    const highlight = highlights[i];
    const interview = scope.interviews[interviewIndex[i] ?? -1];
    const key = accountKey[i] ?? -1;
    const account = scope.accountList[key];
    if (highlight && interview && account) visit(highlight, interview, account, key);
  }
}

/**
 * The counted code ids of a quote, each once: a quote tagged twice with one code is still one
 * quote for it.
 */
export function forEachCountedCode(
  scope: SynthesisScope,
  highlight: Highlight,
  visit: (code: Code) => void,
): void {
  const { codeIds } = highlight;
  for (let j = 0; j < codeIds.length; j += 1) {
    const codeId = codeIds[j];
    if (codeId === undefined || codeIds.indexOf(codeId) !== j) continue;
    const code = scope.codesById.get(codeId);
    if (code) visit(code);
  }
}

/** Code-unit order: unlike localeCompare it is the same in every browser and in Node. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KIND_ORDER = new Map<CodeKind, number>(CODE_KINDS.map((kind, index) => [kind, index]));

/** Kinds in the order DOMAIN.md §3 lists them. */
export function compareKinds(a: CodeKind, b: CodeKind): number {
  return (KIND_ORDER.get(a) ?? 0) - (KIND_ORDER.get(b) ?? 0);
}

/** Codebook order: by kind, then by name; the id settles equal names. */
export function compareCodes(a: Code, b: Code): number {
  return compareKinds(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.id, b.id);
}
