import { describe, expect, it } from 'vitest';
import { findingEvidence } from '../../../src/domain/synthesis/findingEvidence';
import { account, finding, interview, quote, workspace } from './builders';

const i1 = interview('i1', 'p1', '2026-01-01');
const i2 = interview('i2', 'p1', '2026-02-01');
const i3 = interview('i3', 'c1', '2026-01-15');
const i4 = interview('i4', 'u1', '2026-01-20');

const input = workspace({
  accounts: [account('p1', 'power_user'), account('c1', 'churner'), account('u1', null)],
  interviews: [i1, i2, i3, i4],
  highlights: [
    quote('q1', i2, ['x']),
    quote('q2', i1, ['x']),
    quote('q3', i3, []),
    quote('q4', i4, []),
    quote('orphan', { id: 'gone', accountId: 'p1' }, []),
  ],
});

describe('findingEvidence', () => {
  it('counts distinct accounts per cohort behind the linked quotes', () => {
    const evidence = findingEvidence(finding(['q1', 'q2', 'q3', 'q1']), input);
    expect(evidence.quotes.map((q) => q.highlight.id)).toEqual(['q2', 'q3', 'q1']);
    expect(evidence.distinctAccounts).toBe(2);
    expect(evidence.cohorts).toEqual({
      power_user: 1,
      emerging_promoter: 0,
      churner: 1,
      lost_deal: 0,
      unassigned: 0,
    });
    expect(evidence.missingHighlightIds).toEqual([]);
    expect(evidence.summary).toBe('3 quotes from 2 accounts: Power users 1, Churners 1');
  });

  it('reports deleted quotes and quotes whose interview is gone', () => {
    const evidence = findingEvidence(finding(['q4', 'deleted', 'orphan']), input);
    expect(evidence.missingHighlightIds).toEqual(['deleted', 'orphan']);
    expect(evidence.cohorts.unassigned).toBe(1);
    expect(evidence.summary).toBe('1 quote from 1 account: No cohort 1');
    expect(findingEvidence(finding([]), input).summary).toBe('0 quotes from 0 accounts');
  });
});
