import { describe, expect, it } from 'vitest';
import {
  canEditCriteria,
  changedAgreedFields,
  finishExperiment,
  startExperiment,
} from '../../src/domain/experiments';
import { experimentSchema, type Experiment } from '../../src/domain/schemas/experiment';

const NOW = '2026-03-31T12:00:00.000Z';
const planned: Experiment = {
  id: 'e1',
  createdAt: NOW,
  updatedAt: NOW,
  icpVersionId: null,
  hypothesis: 'Fintechs with 50–200 staff close in under 60 days',
  targetSegment: 'Fintech, 50–200 staff',
  successCriteria: 'Median sales cycle below 60 days over 10 deals',
  startDate: null,
  endDate: '2026-06-30',
  status: 'planned',
  result: null,
  outcome: null,
};

describe('experiments', () => {
  it('lets the criteria change only while planned', () => {
    expect(canEditCriteria(planned)).toBe(true);
    expect(canEditCriteria({ status: 'running' })).toBe(false);
    expect(canEditCriteria({ status: 'done' })).toBe(false);
  });

  it('starts with the day as start date, once every agreed field is filled', () => {
    const started = startExperiment(planned, '2026-04-01');
    expect(started).toMatchObject({ status: 'running', startDate: '2026-04-01' });
    expect(experimentSchema.parse(started)).toEqual(started);
    expect(() =>
      startExperiment({ ...planned, successCriteria: '  ', hypothesis: '' }, '2026-04-01'),
    ).toThrow('Agree on these before starting: Hypothesis, Success criteria.');
    expect(() => startExperiment(started, '2026-04-02')).toThrow('already started');
  });

  it('finishes a running experiment with its result and outcome', () => {
    const started = startExperiment(planned, '2026-04-01');
    const done = finishExperiment(
      started,
      { result: '  7 of 10 closed in time ', outcome: 'met' },
      '2026-05-15',
    );
    expect(done).toMatchObject({
      status: 'done',
      result: '7 of 10 closed in time',
      outcome: 'met',
      startDate: '2026-04-01',
      endDate: '2026-05-15',
    });
    expect(() => finishExperiment(planned, { result: 'x', outcome: 'met' }, '2026-05-15')).toThrow(
      'Start the experiment before finishing it.',
    );
    expect(() => finishExperiment(done, { result: 'x', outcome: 'met' }, '2026-05-16')).toThrow(
      'already finished',
    );
    expect(() => finishExperiment(started, { result: ' ', outcome: 'met' }, '2026-05-15')).toThrow(
      'Describe the result',
    );
  });

  it('names the agreed fields an edit would change, ignoring surrounding spaces', () => {
    expect(changedAgreedFields(planned, { hypothesis: ` ${planned.hypothesis} ` })).toEqual([]);
    expect(
      changedAgreedFields(planned, { targetSegment: 'Retail', successCriteria: 'More' }),
    ).toEqual(['targetSegment', 'successCriteria']);
  });
});
