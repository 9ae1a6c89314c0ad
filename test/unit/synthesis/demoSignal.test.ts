import { describe, expect, it } from 'vitest';
import { COHORT_KEYS } from '../../../src/domain/cohortOverview';
import { CODE_IDS } from '../../../src/domain/defaultCodebook';
import { generateDemoWorkspace } from '../../../src/domain/demo/generateDemoWorkspace';
import { cohortTopCodes } from '../../../src/domain/synthesis/codeNumbers';
import { coverageGaps } from '../../../src/domain/synthesis/coverageGaps';
import { buildEvidenceMatrix, type MatrixRow } from '../../../src/domain/synthesis/evidenceMatrix';
import { failureAnalysis } from '../../../src/domain/synthesis/failureAnalysis';
import { saturationCurve, saturationVerdict } from '../../../src/domain/synthesis/saturation';
import { codeLift } from '../../../src/domain/synthesis/traitLift';

const ws = generateDemoWorkspace({ seed: 20261, now: '2026-03-31T12:00:00.000Z' });
const matrix = buildEvidenceMatrix(ws);
const row = (codeId: string): MatrixRow => {
  const found = matrix.rows.find((r) => r.code.id === codeId);
  if (!found) throw new Error(codeId);
  return found;
};
const share = (r: MatrixRow, cohort: (typeof COHORT_KEYS)[number]) => r.cells[cohort].share ?? 0;

describe('the demo workspace carries its planted signal into synthesis', () => {
  it('a pain point concentrated in power users', () => {
    const manual = row(CODE_IDS.painManualReporting);
    expect(manual.kind).toBe('pain_point');
    expect(share(manual, 'power_user')).toBeGreaterThan(share(manual, 'churner'));
    expect(share(manual, 'power_user')).toBeGreaterThan(share(manual, 'lost_deal'));
    // Talkative power users repeat it: more quotes than accounts, counted once each.
    expect(manual.cells.power_user.quotes).toBeGreaterThan(manual.cells.power_user.accounts);
    expect(cohortTopCodes(matrix, 'power_user', 1)[0]?.code.id).toBe(CODE_IDS.painManualReporting);
  });

  it('a product-failure reason concentrated in churners', () => {
    const salesforce = row(CODE_IDS.failureMissingSalesforce);
    expect(salesforce.kind).toBe('failure_product');
    expect(share(salesforce, 'churner')).toBeGreaterThan(share(salesforce, 'power_user'));
    expect(share(salesforce, 'churner')).toBeGreaterThan(share(salesforce, 'lost_deal'));

    const analysis = failureAnalysis(ws);
    const churnProduct = analysis.cohorts
      .find((c) => c.cohort === 'churner')
      ?.categories.find((c) => c.category === 'product');
    const reason = churnProduct?.reasons.find(
      (r) => r.codeId === CODE_IDS.failureMissingSalesforce,
    );
    expect(reason?.accounts).toBe(salesforce.cells.churner.accounts);
    expect(reason?.arrLost).toBeGreaterThan(0);
    const gap = analysis.wouldFitOnceShips.find(
      (g) => g.key === `code:${CODE_IDS.failureMissingSalesforce}`,
    );
    expect(gap?.message).toMatch(/would fit once “Salesforce integration” ships$/);
    expect(gap?.accounts.some((a) => a.cohort === 'churner')).toBe(true);

    const lift = codeLift(ws).find((r) => r.code.id === CODE_IDS.failureMissingSalesforce);
    expect(lift).toMatchObject({ powerUsers: { k: 0 }, lift: 0 });
  });

  it('saturation and coverage run for every cohort', () => {
    for (const cohort of COHORT_KEYS) {
      const curve = saturationCurve(ws, cohort);
      const verdict = saturationVerdict(curve);
      expect(verdict.message).not.toBe('');
      if (cohort !== 'unassigned') expect(curve.length).toBeGreaterThanOrEqual(5);
    }
    const coverage = coverageGaps(ws);
    expect(coverage.cohorts.every((c) => c.met)).toBe(true);
    expect(coverage.nonFit.covered).toBe(true);
  });
});
