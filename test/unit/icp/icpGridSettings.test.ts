import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID_WEIGHTS, icpGrid } from '../../../src/domain/icp/icpGrid';
import {
  axisWeightsProblem,
  corePainCandidates,
  defaultIcpGridSettings,
  gridOptionsFromSettings,
  gridWeightsSchema,
  icpGridSettingsFromSetting,
  icpGridSettingsSchema,
  type IcpGridSettings,
} from '../../../src/domain/icp/icpGridSettings';
import { account, code, deal, interview, quote } from '../synthesis/builders';

const custom: IcpGridSettings = {
  weights: {
    pmf: { retention: 1, nps: 0, corePain: 0.5, productFit: 0 },
    gtm: { winRate: 0, salesCycle: 0, dealVolume: 1 },
  },
  corePainCodeId: 'pain',
};

describe('icpGridSettingsFromSetting', () => {
  it('gives the defaults when nothing was saved', () => {
    expect(icpGridSettingsFromSetting(undefined)).toEqual({
      weights: DEFAULT_GRID_WEIGHTS,
      corePainCodeId: null,
    });
  });

  it('keeps a valid saved value as it is', () => {
    expect(icpGridSettingsFromSetting(custom)).toEqual(custom);
  });

  it.each([null, 'weights', 42, [], { weights: 'heavy' }, { weights: { pmf: {}, gtm: {} } }])(
    'falls back to the defaults for %j',
    (stored) => {
      expect(icpGridSettingsFromSetting(stored)).toEqual(defaultIcpGridSettings());
    },
  );

  it('replaces only the invalid part: bad weights keep the chosen core pain', () => {
    const stored = {
      weights: { ...custom.weights, gtm: { winRate: -1, salesCycle: 0, dealVolume: 1 } },
      corePainCodeId: 'pain',
    };
    expect(icpGridSettingsFromSetting(stored)).toEqual({
      weights: DEFAULT_GRID_WEIGHTS,
      corePainCodeId: 'pain',
    });
  });

  it('replaces only the invalid part: a bad core pain keeps the weights', () => {
    expect(icpGridSettingsFromSetting({ weights: custom.weights, corePainCodeId: 7 })).toEqual({
      weights: custom.weights,
      corePainCodeId: null,
    });
  });

  it('never hands out the shared defaults to be changed', () => {
    const settings = icpGridSettingsFromSetting(undefined);
    settings.weights.pmf.retention = 0.9;
    expect(DEFAULT_GRID_WEIGHTS.pmf.retention).toBe(0.3);
  });

  it('always returns settings the schema accepts, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        expect(icpGridSettingsSchema.safeParse(icpGridSettingsFromSetting(stored)).success).toBe(
          true,
        );
      }),
    );
  });
});

describe('gridWeightsSchema', () => {
  const messages = (value: unknown) => {
    const result = gridWeightsSchema.safeParse(value);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the defaults', () => {
    expect(messages(DEFAULT_GRID_WEIGHTS)).toEqual([]);
  });

  it('names the component of a negative, too large or missing weight', () => {
    expect(
      messages({
        pmf: { ...DEFAULT_GRID_WEIGHTS.pmf, nps: -0.1 },
        gtm: { ...DEFAULT_GRID_WEIGHTS.gtm, winRate: 2, salesCycle: Number.NaN },
      }),
    ).toEqual([
      'pmf.nps: NPS weight cannot be negative.',
      'gtm.winRate: Win rate weight cannot be above 1.',
      'gtm.salesCycle: Sales cycle: enter a weight from 0 to 1.',
    ]);
  });

  it('refuses an axis with every weight at 0, since it could not be scored', () => {
    expect(
      messages({
        pmf: DEFAULT_GRID_WEIGHTS.pmf,
        gtm: { winRate: 0, salesCycle: 0, dealVolume: 0 },
      }),
    ).toEqual(['gtm: Give at least one GTM component a weight above 0.']);
  });
});

describe('axisWeightsProblem', () => {
  it('reports an axis with nothing weighted, and leaves single bad weights to their fields', () => {
    expect(axisWeightsProblem('pmf', DEFAULT_GRID_WEIGHTS.pmf)).toBeNull();
    expect(axisWeightsProblem('pmf', { retention: 0, nps: 0, corePain: 0, productFit: 0 })).toBe(
      'Give at least one PMF component a weight above 0.',
    );
    expect(axisWeightsProblem('gtm', { winRate: -1, salesCycle: 0.3, dealVolume: 0 })).toBeNull();
  });
});

describe('gridOptionsFromSettings', () => {
  const codes = [code('pain', 'pain_point', 'Manual reporting'), code('gap', 'failure_product')];

  it('passes no core pain for the automatic choice', () => {
    const options = gridOptionsFromSettings(defaultIcpGridSettings(), codes);
    expect(options).toEqual({ weights: DEFAULT_GRID_WEIGHTS, corePainMissing: false });
    expect('corePainCodeId' in options).toBe(false);
  });

  it('passes a chosen pain point on', () => {
    expect(gridOptionsFromSettings(custom, codes)).toEqual({
      weights: custom.weights,
      corePainCodeId: 'pain',
      corePainMissing: false,
    });
  });

  it('falls back to the automatic choice when the chosen code is gone or not a pain point', () => {
    for (const id of ['deleted', 'gap']) {
      expect(gridOptionsFromSettings({ ...custom, corePainCodeId: id }, codes)).toEqual({
        weights: custom.weights,
        corePainMissing: true,
      });
    }
  });

  it('lists only pain points, by name', () => {
    const list = corePainCandidates([
      code('b', 'pain_point', 'Zebra'),
      code('x', 'channel', 'Ads'),
      code('a', 'pain_point', 'Alpha'),
    ]);
    expect(list.map((c) => c.name)).toEqual(['Alpha', 'Zebra']);
  });
});

describe('saved weights change the grid', () => {
  it('re-places a segment when GTM is judged on deal volume alone', () => {
    const accounts = [
      // Big: many deals, all lost.
      account('b1', 'power_user', { industry: 'Big', customerSince: '2024-01-01', nps: 9 }),
      account('b2', 'power_user', { industry: 'Big', customerSince: '2024-01-01', nps: 9 }),
      account('s1', 'power_user', { industry: 'Small', customerSince: '2024-01-01', nps: 9 }),
    ];
    const deals = [
      deal('d1', 'b1', { stage: 'lost', lossCategory: 'process' }),
      deal('d2', 'b1', { stage: 'lost', lossCategory: 'process' }),
      deal('d3', 'b2', { stage: 'lost', lossCategory: 'process' }),
      deal('d4', 's1', { stage: 'won' }),
    ];
    const codes = [code('pain', 'pain_point')];
    const highlights = [quote('q1', interview('i1', 'b1'), ['pain'])];
    const big = (settings: IcpGridSettings) =>
      icpGrid(accounts, deals, highlights, codes, {
        segmentBy: ['industry'],
        ...gridOptionsFromSettings(settings, codes),
      }).segments.find((s) => s.label === 'Big');

    expect(big(defaultIcpGridSettings())?.scoredQuadrant).toBe('Research');
    expect(big(custom)?.scoredQuadrant).toBe('Focus');
  });
});
