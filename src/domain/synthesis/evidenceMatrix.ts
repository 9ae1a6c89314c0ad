/**
 * The evidence matrix (DOMAIN.md §4): codes by cohort, each cell the number of DISTINCT
 * accounts with at least one quote for the code, and that as a share of the cohort's
 * interviewed accounts. Ten quotes from one talkative customer are one account.
 */
import { COHORT_KEYS, type CohortKey } from '../cohortOverview';
import { CODE_KIND_LABELS, type Code, type CodeKind } from '../schemas/code';
import { ratio } from '../stats';
import { compareEvidenceQuotes, evidenceQuote, type EvidenceQuote } from './evidenceQuotes';
import {
  cohortKeyOf,
  compareCodes,
  compareKinds,
  forEachCountedCode,
  forEachQuote,
  synthesisScope,
  type SynthesisFilters,
  type SynthesisInput,
} from './synthesisInput';

export interface MatrixCell {
  /** Distinct accounts in the cohort with at least one quote for the code. */
  accounts: number;
  /** accounts / the cohort's interviewed accounts; null when nobody in it was interviewed. */
  share: number | null;
  /** Quotes behind the cell: context only, never the measure. */
  quotes: number;
}

export interface MatrixRow {
  code: Code;
  kind: CodeKind;
  cells: Record<CohortKey, MatrixCell>;
  /** Distinct accounts over all columns; each account sits in exactly one, so this is their sum. */
  totalAccounts: number;
  totalQuotes: number;
  /**
   * How widely the code recurs: in how many of the four cohorts (unassigned accounts are not a
   * cohort) at least one account cites it, 0 to 4. A theme heard in every cohort is general;
   * one heard in a single cohort is what sets that cohort apart.
   */
  spread: number;
}

export interface MatrixColumn {
  cohort: CohortKey;
  /** Distinct accounts with at least one interview passing the date and interviewer filters. */
  interviewedAccounts: number;
}

export interface EvidenceMatrix {
  /** Always every cohort plus unassigned, so the table keeps its shape. */
  cohorts: MatrixColumn[];
  /** Every counted code, evidence or not, in codebook order (grouped by kind). */
  rows: MatrixRow[];
}

const COLUMN_COUNT = COHORT_KEYS.length;
const COLUMN_OF = Object.fromEntries(COHORT_KEYS.map((cohort, index) => [cohort, index])) as Record<
  CohortKey,
  number
>;

export function buildEvidenceMatrix(
  input: SynthesisInput,
  filters: SynthesisFilters = {},
): EvidenceMatrix {
  const scope = synthesisScope(input, filters);
  const interviewed = new Array<number>(COLUMN_COUNT).fill(0);
  for (const accountId of scope.interviewedAccountIds) {
    const account = scope.accountsById.get(accountId);
    if (!account) continue;
    const column = COLUMN_OF[cohortKeyOf(account)];
    interviewed[column] = (interviewed[column] ?? 0) + 1;
  }

  const codes = [...scope.codesById.values()].sort(compareCodes);
  const rowOf = new Map(codes.map((code, index) => [code.id, index]));
  // One slot per (code, cohort): the size of its Set of account keys is the distinct-account count.
  const accountSets: (Set<number> | undefined)[] = new Array(codes.length * COLUMN_COUNT);
  const quoteCounts = new Array<number>(codes.length * COLUMN_COUNT).fill(0);

  forEachQuote(scope, (highlight, _interview, account, accountKey) => {
    const column = COLUMN_OF[cohortKeyOf(account)];
    forEachCountedCode(scope, highlight, (code) => {
      const row = rowOf.get(code.id);
      if (row === undefined) return;
      const slot = row * COLUMN_COUNT + column;
      quoteCounts[slot] = (quoteCounts[slot] ?? 0) + 1;
      const set = accountSets[slot];
      if (set) set.add(accountKey);
      else accountSets[slot] = new Set([accountKey]);
    });
  });

  const rows = codes.map((code, row): MatrixRow => {
    let totalAccounts = 0;
    let totalQuotes = 0;
    let spread = 0;
    const cells = {} as Record<CohortKey, MatrixCell>;
    COHORT_KEYS.forEach((cohort, column) => {
      const slot = row * COLUMN_COUNT + column;
      const accounts = accountSets[slot]?.size ?? 0;
      const quotes = quoteCounts[slot] ?? 0;
      cells[cohort] = { accounts, share: ratio(accounts, interviewed[column] ?? 0), quotes };
      totalAccounts += accounts;
      totalQuotes += quotes;
      if (cohort !== 'unassigned' && accounts > 0) spread += 1;
    });
    return { code, kind: code.kind, cells, totalAccounts, totalQuotes, spread };
  });

  return {
    cohorts: COHORT_KEYS.map((cohort, column) => ({
      cohort,
      interviewedAccounts: interviewed[column] ?? 0,
    })),
    rows,
  };
}

export type MatrixSort = { by: 'spread' } | { by: 'cohort'; cohort: CohortKey };

/** A missing share (nobody interviewed) sorts below a real 0%. */
const shareKey = (share: number | null) => share ?? -1;

function compareBy(sort: MatrixSort): (a: MatrixRow, b: MatrixRow) => number {
  if (sort.by === 'spread') {
    return (a, b) => b.spread - a.spread || b.totalAccounts - a.totalAccounts;
  }
  const { cohort } = sort;
  return (a, b) =>
    shareKey(b.cells[cohort].share) - shareKey(a.cells[cohort].share) ||
    b.cells[cohort].accounts - a.cells[cohort].accounts ||
    b.totalAccounts - a.totalAccounts;
}

/**
 * Sorts within each kind group; the groups stay in codebook order, so the matrix keeps
 * reading "pain points, then triggers, ..." whichever column is sorted. Returns a new array.
 */
export function sortMatrixRows(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const compare = compareBy(sort);
  return [...rows].sort(
    (a, b) => compareKinds(a.kind, b.kind) || compare(a, b) || compareCodes(a.code, b.code),
  );
}

export interface MatrixGroup {
  kind: CodeKind;
  label: string;
  rows: MatrixRow[];
}

/** Consecutive rows of one kind as a group, for a table with a heading per kind. */
export function groupMatrixRows(rows: readonly MatrixRow[]): MatrixGroup[] {
  const groups: MatrixGroup[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.kind === row.kind) last.rows.push(row);
    else groups.push({ kind: row.kind, label: CODE_KIND_LABELS[row.kind], rows: [row] });
  }
  return groups;
}

/** The quotes behind one cell, under the same filters, oldest interview first. */
export function cellQuotes(
  input: SynthesisInput,
  filters: SynthesisFilters,
  codeId: string,
  cohort: CohortKey,
): EvidenceQuote[] {
  const scope = synthesisScope(input, filters);
  if (!scope.codesById.has(codeId)) return [];
  const quotes: EvidenceQuote[] = [];
  forEachQuote(scope, (highlight, interview, account) => {
    if (cohortKeyOf(account) === cohort && highlight.codeIds.includes(codeId)) {
      quotes.push(evidenceQuote(highlight, interview, account));
    }
  });
  return quotes.sort(compareEvidenceQuotes);
}
