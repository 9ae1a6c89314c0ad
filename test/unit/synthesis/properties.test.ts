import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_KEYS } from '../../../src/domain/cohortOverview';
import { CODE_KINDS } from '../../../src/domain/schemas/code';
import { COHORTS } from '../../../src/domain/schemas/cohort';
import { FAILURE_CATEGORIES } from '../../../src/domain/schemas/deal';
import type { Highlight } from '../../../src/domain/schemas/highlight';
import { codeComparison } from '../../../src/domain/synthesis/codeNumbers';
import { coverageGaps } from '../../../src/domain/synthesis/coverageGaps';
import {
  buildEvidenceMatrix,
  cellQuotes,
  type EvidenceMatrix,
} from '../../../src/domain/synthesis/evidenceMatrix';
import { failureAnalysis } from '../../../src/domain/synthesis/failureAnalysis';
import { findingEvidence } from '../../../src/domain/synthesis/findingEvidence';
import { saturationCurve } from '../../../src/domain/synthesis/saturation';
import {
  interviewerOptions,
  type SynthesisFilters,
  type SynthesisInput,
} from '../../../src/domain/synthesis/synthesisInput';
import { codeLift, TRAIT_DIMENSIONS, traitLift } from '../../../src/domain/synthesis/traitLift';
import { account, code, deal, finding, interview, quote, workspace } from './builders';

const CODES = [
  code('pain', 'pain_point'),
  code('trigger', 'buying_trigger'),
  code('product', 'failure_product'),
  code('process', 'failure_process'),
  code('external', 'failure_external'),
  code('outcome', 'outcome'),
];
const CODE_IDS = [...CODES.map((c) => c.id), 'not-in-codebook'];
const DATES = ['2026-01-05', '2026-01-20', '2026-02-03', '2026-02-28', '2026-03-15'];

const workspaceArb: fc.Arbitrary<SynthesisInput> = fc
  .record({
    accounts: fc.array(
      fc.record({
        cohort: fc.constantFrom(...COHORTS, null),
        arr: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        industry: fc.constantFrom('Fintech', 'SaaS', null),
        techStack: fc.subarray(['Snowflake', 'dbt', 'Salesforce']),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    interviews: fc.array(
      fc.record({
        account: fc.nat(),
        date: fc.constantFrom(...DATES),
        interviewer: fc.constantFrom('Dana', 'Lee', 'lee'),
        planned: fc.boolean(),
        empty: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    quotes: fc.array(
      fc.record({
        interview: fc.nat(),
        codeIds: fc.array(fc.constantFrom(...CODE_IDS), { maxLength: 3 }),
        traitIds: fc.subarray(['t1', 't2']),
        start: fc.nat({ max: 50 }),
      }),
      { maxLength: 30 },
    ),
    deals: fc.array(
      fc.record({
        account: fc.nat(),
        stage: fc.constantFrom('won' as const, 'lost' as const, 'open' as const),
        amount: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
        lossCategory: fc.constantFrom(...FAILURE_CATEGORIES, null),
        // Two spellings of one reason: its label must not depend on which deal comes first.
        lossReason: fc.constantFrom('Pricing', 'pricing.', 'No SSO', null),
      }),
      { maxLength: 16 },
    ),
  })
  .map((raw) => {
    const accounts = raw.accounts.map((a, i) =>
      account(`a${i}`, a.cohort, {
        arr: a.arr,
        nps: a.nps,
        industry: a.industry,
        techStack: a.techStack,
      }),
    );
    const accountId = (n: number) => `a${n % accounts.length}`;
    const interviews = raw.interviews.map((r, i) =>
      interview(`i${i}`, accountId(r.account), r.date, {
        interviewer: r.interviewer,
        status: r.planned ? 'planned' : 'done',
        notes: r.empty ? '' : 'notes',
      }),
    );
    const highlights =
      interviews.length === 0
        ? []
        : raw.quotes.map((q, i) => {
            const on = interviews[q.interview % interviews.length] ?? interviews[0];
            if (!on) throw new Error('no interview');
            return quote(`h${i}`, on, q.codeIds, {
              traitIds: q.traitIds,
              anchor: {
                exact: 'q',
                prefix: '',
                suffix: '',
                start: q.start,
                end: q.start + 1,
                source: 'notes',
              },
            });
          });
    const deals = raw.deals.map((d, i) =>
      deal(`d${i}`, accountId(d.account), {
        stage: d.stage,
        amount: d.amount,
        lossCategory: d.stage === 'lost' ? d.lossCategory : null,
        lossReason: d.stage === 'lost' ? d.lossReason : null,
      }),
    );
    return workspace({ accounts, interviews, highlights, deals, codes: CODES });
  });

const filtersArb: fc.Arbitrary<SynthesisFilters> = fc.record(
  {
    codeKinds: fc.subarray([...CODE_KINDS]),
    dateFrom: fc.constantFrom(...DATES),
    dateTo: fc.constantFrom(...DATES),
    interviewer: fc.constantFrom('Dana', 'lee', 'Nobody'),
    traitId: fc.constantFrom('t1', 't2'),
  },
  { requiredKeys: [] },
);

/** Everything the synthesis pages compute from one workspace. */
function everything(input: SynthesisInput, filters: SynthesisFilters = {}) {
  return {
    matrix: buildEvidenceMatrix(input, filters),
    cells: CODES.flatMap((c) =>
      COHORT_KEYS.map((cohort) =>
        cellQuotes(input, filters, c.id, cohort).map((q) => q.highlight.id),
      ),
    ),
    failures: failureAnalysis(input, filters),
    comparisons: CODES.map((c) => codeComparison(input, c.id, filters)),
    traitLifts: TRAIT_DIMENSIONS.map((dimension) => traitLift(input, { dimension })),
    codeLift: codeLift(input, filters),
    saturation: COHORT_KEYS.map((cohort) => saturationCurve(input, cohort, filters)),
    coverage: coverageGaps(input, { targetPerCohort: 3 }, filters),
    finding: findingEvidence(finding(input.highlights.map((h) => h.id)), input),
    interviewers: interviewerOptions(input.interviews),
  };
}

/** The account counts of a matrix, with quote counts left out. */
function accountCounts(matrix: EvidenceMatrix) {
  return {
    cohorts: matrix.cohorts,
    rows: matrix.rows.map((row) => ({
      code: row.code.id,
      totalAccounts: row.totalAccounts,
      spread: row.spread,
      cells: COHORT_KEYS.map((cohort) => [row.cells[cohort].accounts, row.cells[cohort].share]),
    })),
  };
}

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map(({ item }) => item);
}

describe('synthesis properties', () => {
  it('a cell never exceeds the cohort’s interviewed accounts, nor its own quotes', () => {
    fc.assert(
      fc.property(workspaceArb, filtersArb, (input, filters) => {
        const matrix = buildEvidenceMatrix(input, filters);
        for (const row of matrix.rows) {
          let total = 0;
          for (const { cohort, interviewedAccounts } of matrix.cohorts) {
            const cell = row.cells[cohort];
            expect(cell.accounts).toBeLessThanOrEqual(interviewedAccounts);
            expect(cell.accounts).toBeLessThanOrEqual(cell.quotes);
            if (cell.share !== null) {
              expect(cell.share).toBeGreaterThanOrEqual(0);
              expect(cell.share).toBeLessThanOrEqual(1);
            }
            total += cell.accounts;
          }
          expect(row.totalAccounts).toBe(total);
        }
      }),
    );
  });

  it('another quote from an already-counted account never changes an account count', () => {
    fc.assert(
      fc.property(workspaceArb, fc.nat(), fc.nat(), fc.nat(), (input, pick, where, keep) => {
        const original = input.highlights[pick % Math.max(1, input.highlights.length)];
        fc.pre(original !== undefined);
        if (!original) return;
        // Another call with the same account, or the same one, saying some of the same things.
        const sameAccount = input.interviews.filter((i) => i.accountId === original.accountId);
        const on = sameAccount[where % sameAccount.length] ?? sameAccount[0];
        if (!on) return;
        const codeIds = original.codeIds.filter((_, i) => ((keep >> i) & 1) === 1);
        const extra: Highlight = quote('extra', on, codeIds, { traitIds: original.traitIds });
        const before = everything(input);
        const after = everything({ ...input, highlights: [...input.highlights, extra] });
        expect(accountCounts(after.matrix)).toEqual(accountCounts(before.matrix));
        expect(after.failures).toEqual(before.failures);
        expect(after.codeLift).toEqual(before.codeLift);
        expect(after.comparisons).toEqual(before.comparisons);
        expect(after.coverage.cohorts.map((c) => c.interviewedAccounts)).toEqual(
          before.coverage.cohorts.map((c) => c.interviewedAccounts),
        );
        expect(after.coverage.nonFit).toEqual(before.coverage.nonFit);
      }),
    );
  });

  it('results do not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        workspaceArb,
        filtersArb,
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }),
        (input, filters, keys) => {
          const reordered: SynthesisInput = {
            accounts: shuffled(input.accounts, keys),
            deals: shuffled(input.deals, [...keys].reverse()),
            interviews: shuffled(
              input.interviews,
              keys.map((k) => 1000 - k),
            ),
            highlights: shuffled(input.highlights, [...keys, 7]),
            codes: shuffled(input.codes, keys),
          };
          expect(everything(reordered, filters)).toEqual(everything(input, filters));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('filters only ever reduce counts', () => {
    fc.assert(
      fc.property(workspaceArb, filtersArb, (input, filters) => {
        const all = buildEvidenceMatrix(input);
        const some = buildEvidenceMatrix(input, filters);
        some.cohorts.forEach((column, i) => {
          expect(column.interviewedAccounts).toBeLessThanOrEqual(
            all.cohorts[i]?.interviewedAccounts ?? 0,
          );
        });
        for (const row of some.rows) {
          const unfiltered = all.rows.find((r) => r.code.id === row.code.id);
          expect(unfiltered).toBeDefined();
          for (const cohort of COHORT_KEYS) {
            expect(row.cells[cohort].accounts).toBeLessThanOrEqual(
              unfiltered?.cells[cohort].accounts ?? 0,
            );
            expect(row.cells[cohort].quotes).toBeLessThanOrEqual(
              unfiltered?.cells[cohort].quotes ?? 0,
            );
          }
        }
        const lifted = new Map(codeLift(input).map((r) => [r.code.id, r]));
        for (const row of codeLift(input, filters)) {
          expect(row.powerUsers.k).toBeLessThanOrEqual(lifted.get(row.code.id)?.powerUsers.k ?? 0);
          expect(row.comparison.k).toBeLessThanOrEqual(lifted.get(row.code.id)?.comparison.k ?? 0);
        }
      }),
    );
  });
});
