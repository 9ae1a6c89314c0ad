import { describe, expect, it } from 'vitest';
import { suggestCohorts, DEFAULT_COHORT_THRESHOLDS } from '../../src/domain/cohortRules';
import { likelyDuplicates } from '../../src/domain/normalising/companyNames';
import { winRateByTrait } from '../../src/domain/winRate';
import { detectAccountMapping, detectDealMapping } from '../../src/import/csv/columnMapping';
import {
  planAccountImport,
  planDealImport,
  reviewAccountImport,
  reviewDealImport,
} from '../../src/import/csv/importPipeline';
import { detectPreset } from '../../src/import/csv/presets';
import { hubspotLifecycleExport, salesforceOpportunitiesReport } from '../fixtures/csv/crmExports';
import { csvOf } from '../fixtures/csv/parsedCsv';
import { storedAccountRecord } from '../fixtures/records';
import type { Account } from '../../src/domain/schemas/account';

const NOW = '2026-03-01T12:00:00.000Z';
const TODAY = '2026-03-01';

function reviewReport(existingAccounts: Account[] = []) {
  const csv = csvOf(salesforceOpportunitiesReport());
  const preset = detectPreset(csv.headers);
  const mapping = detectDealMapping(csv.headers);
  return reviewDealImport(csv, { preset, mapping, existingAccounts, existingDeals: [] });
}

describe('a Salesforce opportunities report', () => {
  it('fills industry and country on the accounts it creates, so win rate covers the deals', () => {
    const review = reviewReport();
    expect(review.preset).toBe('salesforce-opportunities');
    expect(review.errors).toEqual([]);
    expect(review.fieldFill).toEqual([
      { field: 'industry', filled: 114, rows: 120 },
      { field: 'employees', filled: 120, rows: 120 },
      { field: 'region', filled: 120, rows: 120 },
    ]);
    const result = planDealImport(review, { fileName: 'sf.csv', now: NOW });
    if (!result.ok) throw new Error(result.reason);
    const { createAccounts, createDeals } = result.plan;

    const rows = winRateByTrait(createAccounts, createDeals, 'industry');
    const closed = rows.reduce((sum, row) => sum + row.closed, 0);
    const unknown = rows.find((row) => row.value === null)?.closed ?? 0;
    expect(closed).toBe(100);
    expect((closed - unknown) / closed).toBeGreaterThanOrEqual(0.95);
    // "fintech " and "FINTECH" joined the first spelling.
    expect(rows.map((row) => row.value?.toLowerCase() ?? '(unknown)').sort()).toEqual([
      '(unknown)',
      'fintech',
      'healthcare',
      'real estate',
      'software',
    ]);

    const regions = winRateByTrait(createAccounts, createDeals, 'region');
    expect(regions.map((row) => row.value).sort()).toEqual([
      'Germany',
      'United Kingdom',
      'United States',
    ]);
    const us = createAccounts.filter((a) => a.region === 'US');
    expect(new Set(us.map((a) => a.regionAsWritten))).toContain('United States of America');
  });

  it('links rows that differ only by a legal suffix to one account', () => {
    const result = planDealImport(reviewReport(), { fileName: 'sf.csv', now: NOW });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.createAccounts).toHaveLength(40);
    expect(likelyDuplicates(result.plan.createAccounts)).toEqual([]);
  });

  it('fills blanks on a stored account and asks before replacing a value', () => {
    const stored = storedAccountRecord({
      id: 'stored-harbor',
      name: 'Harbor Health Partners',
      domain: null,
      industry: 'Hospitals',
      region: null,
    });
    const review = reviewReport([stored]);
    const conflict = review.accountConflicts.find((c) => c.accountId === stored.id);
    expect(conflict).toMatchObject({ field: 'industry', stored: 'Hospitals' });

    const kept = planDealImport(review, { fileName: 'sf.csv', now: NOW });
    if (!kept.ok) throw new Error(kept.reason);
    const keptAfter = kept.plan.updateAccounts.find((u) => u.before.id === stored.id)?.after;
    expect(keptAfter).toMatchObject({ industry: 'Hospitals', region: 'US' });

    const taken = planDealImport(review, {
      fileName: 'sf.csv',
      now: NOW,
      conflictChoices: { [conflict?.key ?? '']: 'take' },
    });
    if (!taken.ok) throw new Error(taken.reason);
    const takenAfter = taken.plan.updateAccounts.find((u) => u.before.id === stored.id)?.after;
    expect(takenAfter?.industry).toBe(conflict?.incoming);
  });
});

describe('a HubSpot export with lifecycle stages', () => {
  const csv = csvOf(hubspotLifecycleExport(TODAY));
  const preset = detectPreset(csv.headers);
  const mapping = detectAccountMapping(csv.headers, preset);

  it('asks about a stage it cannot classify instead of guessing', () => {
    const review = reviewAccountImport(csv, { preset, mapping, existingAccounts: [] });
    expect(review.lifecycleQuestions).toEqual([
      { stage: 'Other', key: 'other', count: 2, answer: null },
    ]);
    expect(review.canCommit).toBe(false);
  });

  it('keeps an answered stage on the list, so the answer can still be changed', () => {
    const review = reviewAccountImport(csv, {
      preset,
      mapping,
      existingAccounts: [],
      lifecycleAnswers: { other: 'customer' },
    });
    expect(review.lifecycleQuestions).toEqual([
      { stage: 'Other', key: 'other', count: 2, answer: 'customer' },
    ]);
    expect(review.canCommit).toBe(true);
  });

  it('yields power users and emerging promoters and counts no lead as a customer', () => {
    expect(mapping.find((a) => a.column === 'Became a Customer Date')?.target).toBe(
      'customerSince',
    );
    const review = reviewAccountImport(csv, {
      preset,
      mapping,
      existingAccounts: [],
      lifecycleAnswers: { other: 'not_customer' },
    });
    expect(review.canCommit).toBe(true);
    const result = planAccountImport(review, { fileName: 'hubspot.csv', now: NOW });
    if (!result.ok) throw new Error(result.reason);
    const accounts = result.plan.createAccounts;
    const stageOf = new Map(
      csv.records.map((r) => [r.cells[1]?.replace(/, Inc\.$/, ''), r.cells[4] ?? '']),
    );
    const stage = (a: Account) => stageOf.get(a.name.replace(/, Inc\.$/, '')) ?? '';
    const customers = accounts.filter((a) => a.customerSince !== null && a.cohort === null);
    expect(customers.every((a) => ['Customer', 'Evangelist'].includes(stage(a)))).toBe(true);
    expect(customers).toHaveLength(16);
    const formers = accounts.filter((a) => stage(a) === 'Former Customer');
    expect(formers.every((a) => a.cohort === 'churner')).toBe(true);

    const suggestions = suggestCohorts(accounts, [], DEFAULT_COHORT_THRESHOLDS, TODAY);
    const count = (cohort: string) => suggestions.filter((s) => s.cohort === cohort).length;
    expect(count('power_user')).toBeGreaterThan(0);
    expect(count('emerging_promoter')).toBeGreaterThan(0);
    const byId = new Map(accounts.map((a) => [a.id, a]));
    for (const s of suggestions) {
      if (s.cohort === 'power_user' || s.cohort === 'emerging_promoter') {
        expect(['Customer', 'Evangelist']).toContain(stage(byId.get(s.accountId) as Account));
      }
    }
    expect(new Set(accounts.map((a) => a.industry))).toEqual(new Set(['Software']));
    expect(new Set(accounts.map((a) => a.region))).toEqual(new Set(['US']));
  });
});
