import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOSS_RULES,
  classifyLossReason,
  compileLossRules,
  reasonKey,
} from '../../src/import/csv/lossReasonRules';

describe('loss reason rules', () => {
  it.each([
    ['Missing feature: bulk export', 'product'],
    ['No Salesforce integration', 'product'],
    ['Needed SSO', 'product'],
    ['Lacked reporting capabilities', 'product'],
    ['Public APIs too limited', 'product'],
    ['Stalled in security review', 'process'],
    ['No champion', 'process'],
    ['Onboarding took too long', 'process'],
    ['PRICING', 'process'],
    ['Price too high', 'process'],
    ['Bad timing', 'process'],
    ['Implementation effort', 'process'],
    ['Support response times', 'process'],
    ['Procurement blocked it', 'process'],
    ['Budget freeze for Q3', 'external'],
    ['Budget cut', 'external'],
    ['Acquisition pending', 'external'],
    ['Acquired by Oracle', 'external'],
    ['Merger', 'external'],
    ['Champion left the company', 'external'],
    ['Company closed', 'external'],
  ])('classifies “%s” as %s', (reason, category) => {
    expect(classifyLossReason(reason)).toBe(category);
  });

  it('lets the first matching rule win', () => {
    // "security review" (process) and "SSO" (product) both match; product rules come first.
    expect(classifyLossReason('Lost at security review: no SSO')).toBe('product');
    const rules = [
      { keyword: 'security review', category: 'process' as const },
      { keyword: 'SSO', category: 'product' as const },
    ];
    expect(classifyLossReason('Lost at security review: no SSO', rules)).toBe('process');
  });

  it('matches whole words only', () => {
    expect(classifyLossReason('Rapid decision for a competitor')).toBeNull();
    expect(classifyLossReason('Lasso tool was better')).toBeNull();
    expect(classifyLossReason('Went with a competitor’s bundle')).toBeNull();
    expect(classifyLossReason('')).toBeNull();
  });

  it('uses edited rules, skipping blank keywords', () => {
    const classify = compileLossRules([
      { keyword: '  ', category: 'product' },
      { keyword: 'competitor bundle', category: 'process' },
    ]);
    expect(classify('Chose the competitor   bundle')).toBe('process');
    expect(classify('Budget freeze')).toBeNull();
  });

  it('ships the defaults in product, process, external order', () => {
    const order = DEFAULT_LOSS_RULES.map((r) => r.category);
    expect(order.indexOf('process')).toBeGreaterThan(order.lastIndexOf('product'));
    expect(order.indexOf('external')).toBeGreaterThan(order.lastIndexOf('process'));
    expect(reasonKey('  Pricing ')).toBe('pricing');
  });
});
