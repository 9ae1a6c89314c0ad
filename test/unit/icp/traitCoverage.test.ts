import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../../src/domain/icp/scoring';
import { describeSeparationBase, separationBase } from '../../../src/domain/icp/separation';
import {
  describeCoverage,
  heardAccountIds,
  traitCoverage,
} from '../../../src/domain/icp/traitCoverage';
import { account, interview, quote } from '../synthesis/builders';
import { trait } from './builders';

const traits = [
  trait('quoted', { rule: { op: 'has_code', codeId: 'pain' }, weight: 5 }),
  trait('tagged', { rule: null, weight: 3 }),
  trait('saas', { rule: { op: 'equals', field: 'industry', value: 'SaaS' }, weight: 3 }),
  trait('big', { rule: { op: 'range', field: 'employees', min: 100, max: null }, weight: 1 }),
  trait('stack', { rule: { op: 'contains', field: 'techStack', value: 'dbt' }, weight: 1 }),
];

const heardOne = account('heard', 'power_user', { industry: 'SaaS', employees: 500 });
const notYet = account('not-yet', 'power_user', { industry: 'SaaS', employees: 500 });
const planned = interview('i-planned', 'not-yet', '2026-03-01', { status: 'planned' });
const done = interview('i-done', 'heard');

describe('traitCoverage', () => {
  const heard = heardAccountIds([planned, done], [quote('q1', done, ['other'])]);

  it('hears accounts with a quote or an interview that took place, not a planned one', () => {
    expect([...heard]).toEqual(['heard']);
    expect(heardAccountIds([done], [])).toEqual(new Set(['heard']));
  });

  it('counts a quote-based trait as unknown for an account not interviewed yet', () => {
    expect(traitCoverage(notYet, traits, heard)).toEqual({ known: 2, total: 5 });
    expect(traitCoverage(heardOne, traits, heard)).toEqual({ known: 4, total: 5 });
  });

  it('counts a rule on a blank field as unknown, not as a mismatch', () => {
    const blank = account('blank', 'churner', { industry: null, employees: null });
    expect(traitCoverage(blank, traits, new Set(['blank']))).toEqual({ known: 2, total: 5 });
  });

  it('keeps the score as it was: coverage is said beside it', () => {
    const byAccount = new Map<string, never[]>();
    expect(scoreAccount(notYet, traits, byAccount).score).toBe(4);
    expect(describeCoverage(traitCoverage(notYet, traits, heard))).toBe('scored on 2 of 5 traits');
    expect(describeCoverage({ known: 1, total: 1 })).toBe('scored on 1 of 1 trait');
  });
});

describe('separationBase', () => {
  it('says how many accounts the separation figure rests on', () => {
    const base = separationBase([
      { accountId: 'p', cohort: 'power_user', score: 3, matched: [], excluded: false, reasons: [] },
      { accountId: 'c', cohort: 'churner', score: 1, matched: [], excluded: false, reasons: [] },
      { accountId: 'l', cohort: 'lost_deal', score: 0, matched: [], excluded: true, reasons: [] },
      { accountId: 'e', cohort: 'unassigned', score: 0, matched: [], excluded: false, reasons: [] },
    ]);
    expect(base).toEqual({ powerUsers: 1, comparison: 2 });
    expect(describeSeparationBase(base)).toBe(
      'From 1 power user against 2 churners and lost deals.',
    );
  });
});
