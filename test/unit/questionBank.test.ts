import { describe, expect, it } from 'vitest';
import {
  askedCounts,
  guideUsage,
  guidesWithBank,
  nextUnasked,
  questionsOf,
  usageLabel,
} from '../../src/domain/questionBank';

const AT = '2026-01-01T00:00:00.000Z';
const LATER = '2026-02-01T00:00:00.000Z';

describe('guidesWithBank', () => {
  it('turns each distinct text into one question, guides listing ids in their own order', () => {
    const { guides, questions } = guidesWithBank([
      { id: 'g-a', createdAt: AT, name: 'A', questions: ['Role?', 'Pain?', 'Role?'] },
      { id: 'g-b', createdAt: LATER, name: 'B', questions: ['  Pain?  ', 'Churn?'] },
      { id: 'g-c', createdAt: LATER, name: 'C', questionIds: ['question-1'] },
    ]);
    expect(questions).toEqual([
      { id: 'question-1', text: 'Role?', createdAt: AT, updatedAt: AT },
      { id: 'question-2', text: 'Pain?', createdAt: AT, updatedAt: AT },
      { id: 'question-3', text: 'Churn?', createdAt: LATER, updatedAt: LATER },
    ]);
    expect(guides).toEqual([
      {
        id: 'g-a',
        createdAt: AT,
        name: 'A',
        questionIds: ['question-1', 'question-2', 'question-1'],
      },
      { id: 'g-b', createdAt: LATER, name: 'B', questionIds: ['question-2', 'question-3'] },
      // Already in today's shape: left as it is.
      { id: 'g-c', createdAt: LATER, name: 'C', questionIds: ['question-1'] },
    ]);
  });

  it('leaves values that are not texts for the schema to refuse', () => {
    const { guides, questions } = guidesWithBank([{ id: 'g', questions: [7] }, null]);
    expect(guides).toEqual([{ id: 'g', questionIds: [7] }, null]);
    expect(questions).toEqual([]);
  });
});

describe('usage and coverage', () => {
  it('counts guides per question once each, and says so only when shared', () => {
    const usage = guideUsage([{ questionIds: ['a', 'b', 'a'] }, { questionIds: ['a'] }]);
    expect([...usage]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(usageLabel(4)).toBe('Used in 4 guides');
    expect(usageLabel(1)).toBeNull();
  });

  it('counts interviews per asked question; old records count as none asked', () => {
    const tick = (questionId: string) => ({ questionId, at: AT, anchor: null });
    const counts = askedCounts([
      { askedQuestions: [tick('a'), tick('b')] },
      { askedQuestions: [tick('a')] },
      {},
    ]);
    expect(counts.get('a')).toBe(2);
    expect(counts.get('b')).toBe(1);
  });

  it('finds the next unasked question and a guide’s questions in order', () => {
    expect(nextUnasked(['a', 'b', 'c'], [{ questionId: 'a' }, { questionId: 'c' }])).toBe('b');
    expect(nextUnasked(['a'], [{ questionId: 'a' }])).toBeNull();
    const q = (id: string) => ({ id, text: id, createdAt: AT, updatedAt: AT });
    const bank = new Map([q('a'), q('b')].map((x) => [x.id, x]));
    expect(questionsOf({ questionIds: ['b', 'gone', 'a'] }, bank).map((x) => x.id)).toEqual([
      'b',
      'a',
    ]);
  });
});
