import { describe, expect, it } from 'vitest';
import {
  distinctApprovals,
  duplicateApproval,
  requiredApprovalsFromSetting,
  signOffBlockers,
  submitBlockers,
} from '../../../src/domain/icp/signOffGuards';
import type { SignOff } from '../../../src/domain/schemas/icpVersion';
import { trait } from './builders';

const sides = (high: number, low: number) => [
  ...Array.from({ length: high }, () => ({ cohort: 'power_user' as const })),
  ...Array.from({ length: low }, (_, i) => ({ cohort: i % 2 ? 'churner' : 'lost_deal' }) as const),
];
const lines = { isLines: ['B2B SaaS'], isNotLines: ['Agencies'] };

const approval = (name: string, fields: Partial<SignOff> = {}): SignOff => ({
  name,
  role: 'CEO',
  decision: 'approve',
  comment: '',
  at: '2026-03-01T10:00:00.000Z',
  ...fields,
});

describe('submitBlockers', () => {
  it('lets a version with a positive trait, IS, IS NOT and 5 accounts a side go to review', () => {
    expect(submitBlockers(lines, [trait('t', { weight: 1 })], sides(5, 5))).toEqual([]);
  });

  it('names every unmet condition of an empty ICP', () => {
    expect(submitBlockers({ isLines: [], isNotLines: [] }, [], [])).toEqual([
      'Add at least one trait with a positive weight.',
      'Write at least one “ICP IS” line.',
      'Write at least one “ICP IS NOT” line.',
      'Separation needs at least 5 power users and 5 churners or lost deals; there are 0 and 0.',
    ]);
  });

  it('does not count negative traits or disqualifiers as positive', () => {
    const traits = [trait('neg', { weight: -3 }), trait('dq', { kind: 'disqualifier', weight: 5 })];
    expect(submitBlockers(lines, traits, sides(5, 5))).toEqual([
      'Add at least one trait with a positive weight.',
    ]);
  });

  it('needs 5 accounts on each side of the separation', () => {
    expect(submitBlockers(lines, [trait('t')], sides(5, 4))).toEqual([
      'Separation needs at least 5 power users and 5 churners or lost deals; there are 5 and 4.',
    ]);
  });
});

describe('approvals', () => {
  it('counts one approval per reviewer, however the name was typed', () => {
    const signOffs = [approval('Ana Ortiz'), approval(' ana  ortiz '), approval('Bo')];
    expect(distinctApprovals(signOffs)).toBe(2);
    expect(distinctApprovals([approval('Ana', { decision: 'request_changes' })])).toBe(0);
  });

  it('tells reviewers apart by id once they have one', () => {
    expect(
      distinctApprovals([
        approval('Sam', { reviewerId: 'u1' }),
        approval('Sam', { reviewerId: 'u2' }),
      ]),
    ).toBe(2);
  });

  it('refuses a second approval from the same reviewer', () => {
    expect(duplicateApproval([approval('Ana')], approval('ANA'))).toBe(
      'Ana has already approved: another reviewer must approve.',
    );
    expect(duplicateApproval([approval('Ana')], approval('Bo'))).toBeNull();
  });

  it('blocks sign-off until the workspace’s number of distinct approvals is reached', () => {
    const inReview = (signOffs: SignOff[]) => ({ status: 'in_review' as const, signOffs });
    expect(signOffBlockers(inReview([approval('Ana'), approval('ana')]), 2)).toEqual([
      'Needs 2 approvals from different reviewers; 1 so far.',
    ]);
    expect(signOffBlockers(inReview([approval('Ana'), approval('Bo')]), 2)).toEqual([]);
    expect(signOffBlockers({ status: 'draft', signOffs: [] }, 1)).toEqual([
      'Submit the version for review first.',
    ]);
  });

  it('reads the required number from the setting, 2 when unset or invalid', () => {
    expect(requiredApprovalsFromSetting(undefined)).toBe(2);
    expect(requiredApprovalsFromSetting(0)).toBe(2);
    expect(requiredApprovalsFromSetting(3)).toBe(3);
  });
});
