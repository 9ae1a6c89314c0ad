/**
 * The ICP Grid (DOMAIN.md §5): segments placed by product-market fit (how well we solve their
 * problem) and go-to-market fit (how cheaply we win and keep them). Each score is a weighted
 * mean of 0..1 components; a component with no data is left out and the remaining weights are
 * rescaled, so a segment without deals is judged on what is known rather than scored zero.
 * A segment of fewer than MIN_SEGMENT_ACCOUNTS accounts is never put in Focus: two happy
 * customers score 100% on retention, which is an anecdote, not a place to point pipeline.
 */
import type { Account } from '../schemas/account';
import type { Code } from '../schemas/code';
import type { Deal } from '../schemas/deal';
import type { Highlight } from '../schemas/highlight';
import { integrationsBand, sizeBandOf } from '../sizeBands';
import { mean, median, ratio } from '../stats';

export const SEGMENT_DIMENSIONS = [
  'industry',
  'sizeBand',
  'region',
  'integrationsBand',
  'plan',
] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

export const PMF_COMPONENTS = ['retention', 'nps', 'corePain', 'productFit'] as const;
export const GTM_COMPONENTS = ['winRate', 'salesCycle', 'dealVolume'] as const;
export type PmfComponent = (typeof PMF_COMPONENTS)[number];
export type GtmComponent = (typeof GTM_COMPONENTS)[number];

export interface GridWeights {
  pmf: Record<PmfComponent, number>;
  gtm: Record<GtmComponent, number>;
}

export const DEFAULT_GRID_WEIGHTS: GridWeights = {
  pmf: { retention: 0.3, nps: 0.2, corePain: 0.3, productFit: 0.2 },
  gtm: { winRate: 0.5, salesCycle: 0.3, dealVolume: 0.2 },
};

/** A sales cycle this long or longer scores 0 on speed. */
export const SLOW_CYCLE_DAYS = 365;
/** Above this, on both axes, a segment counts as high. */
export const HIGH = 0.5;
/** Fewer accounts than this and a segment scoring Focus goes to Research instead. */
export const MIN_SEGMENT_ACCOUNTS = 5;
export const TOO_FEW_ADVICE = `Research: too few accounts. It scores as Focus, but on fewer than ${MIN_SEGMENT_ACCOUNTS} accounts; find more like them before building the ICP around it.`;

/** What each component measures, as shown beside its weight. */
export const COMPONENT_FORMULA: Record<PmfComponent | GtmComponent, string> = {
  retention: 'retention = customers not churned / customers',
  nps: 'nps = mean NPS / 10',
  corePain: 'corePain = interviewed accounts citing the core pain / interviewed accounts',
  productFit: 'productFit = 1 − accounts with a product failure (quote or lost deal) / accounts',
  winRate: 'winRate = won deals / closed deals',
  salesCycle: `salesCycle = 1 − min(median sales cycle, ${SLOW_CYCLE_DAYS}) / ${SLOW_CYCLE_DAYS}`,
  dealVolume: 'dealVolume = deals in segment / deals in the largest segment',
};

export const COMPONENT_LABELS: Record<PmfComponent | GtmComponent, string> = {
  retention: 'Retention',
  nps: 'NPS',
  corePain: 'Core pain cited',
  productFit: 'Product fit',
  winRate: 'Win rate',
  salesCycle: 'Sales cycle',
  dealVolume: 'Deal volume',
};

export const GRID_FORMULA = {
  pmf: PMF_COMPONENTS.map((c) => COMPONENT_FORMULA[c]),
  gtm: GTM_COMPONENTS.map((c) => COMPONENT_FORMULA[c]),
  combine: `score = Σ weight × component / Σ weight over the components with data; high ≥ ${HIGH}`,
} as const;

export const QUADRANTS = ['Focus', 'Respond', 'Research', 'Ignore'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_ADVICE: Record<Quadrant, string> = {
  Focus: 'Build the ICP around them: point pipeline, marketing and the roadmap here.',
  Respond:
    'Cheap to win but we solve their problem poorly: answer inbound demand, do not chase it, and learn what the product misses.',
  Research:
    'We solve their problem but they are costly to win or keep: research channels and the sales motion before scaling.',
  Ignore: 'Neither fit: do not invest now; revisit when the product or market changes.',
};

/** Where each quadrant sits on the two axes (DOMAIN.md §5). */
export const QUADRANT_PLACEMENT: Record<Quadrant, { pmf: 'high' | 'low'; gtm: 'high' | 'low' }> = {
  Focus: { pmf: 'high', gtm: 'high' },
  Respond: { pmf: 'low', gtm: 'high' },
  Research: { pmf: 'high', gtm: 'low' },
  Ignore: { pmf: 'low', gtm: 'low' },
};

export function quadrantOf(pmf: number | null, gtm: number | null): Quadrant | null {
  if (pmf === null || gtm === null) return null;
  if (pmf >= HIGH) return gtm >= HIGH ? 'Focus' : 'Research';
  return gtm >= HIGH ? 'Respond' : 'Ignore';
}

export interface GridSegment {
  /** "SaaS · 51-200" */
  label: string;
  values: string[];
  accounts: number;
  pmf: number | null;
  gtm: number | null;
  components: Record<PmfComponent | GtmComponent, number | null>;
  /** Where the scores alone put it. */
  scoredQuadrant: Quadrant | null;
  /** Fewer than MIN_SEGMENT_ACCOUNTS accounts: its figures rest on too little. */
  tooFew: boolean;
  /** As placed: a Focus segment with too few accounts is in Research. */
  quadrant: Quadrant | null;
  advice: string | null;
}

/** Scores place a segment, unless it would be Focus on too few accounts. */
export function placeSegment(
  scoredQuadrant: Quadrant | null,
  accounts: number,
): Pick<GridSegment, 'scoredQuadrant' | 'tooFew' | 'quadrant' | 'advice'> {
  const tooFew = accounts < MIN_SEGMENT_ACCOUNTS;
  if (tooFew && scoredQuadrant === 'Focus') {
    return { scoredQuadrant, tooFew, quadrant: 'Research', advice: TOO_FEW_ADVICE };
  }
  return {
    scoredQuadrant,
    tooFew,
    quadrant: scoredQuadrant,
    advice: scoredQuadrant && QUADRANT_ADVICE[scoredQuadrant],
  };
}

export interface IcpGridOptions {
  segmentBy: readonly [SegmentDimension] | readonly [SegmentDimension, SegmentDimension];
  weights?: GridWeights;
  /** The pain the ICP is built on; by default the pain point cited by most power users. */
  corePainCodeId?: string;
}

export interface IcpGrid {
  segments: GridSegment[];
  corePain: Code | null;
  weights: GridWeights;
  formula: typeof GRID_FORMULA;
}

function dimensionValue(account: Account, dimension: SegmentDimension): string {
  switch (dimension) {
    case 'sizeBand':
      return sizeBandOf(account) ?? 'Unknown size';
    case 'integrationsBand': {
      const band = integrationsBand(account.integrations);
      return band === null ? 'Unknown integrations' : `${band} integrations`;
    }
    default:
      return account[dimension]?.trim() || `Unknown ${dimension}`;
  }
}

function weighted<K extends string>(
  components: Record<K, number | null>,
  weights: Record<K, number>,
): number | null {
  let sum = 0;
  let total = 0;
  for (const key of Object.keys(weights) as K[]) {
    const value = components[key];
    const weight = weights[key];
    if (value === null || weight <= 0) continue;
    sum += weight * value;
    total += weight;
  }
  return total === 0 ? null : sum / total;
}

function defaultCorePain(
  codes: readonly Code[],
  highlights: readonly Highlight[],
  accounts: readonly Account[],
): Code | null {
  const power = new Set(accounts.filter((a) => a.cohort === 'power_user').map((a) => a.id));
  const citing = new Map<string, Set<string>>();
  for (const h of highlights) {
    if (!power.has(h.accountId)) continue;
    for (const id of h.codeIds) {
      const set = citing.get(id) ?? new Set<string>();
      set.add(h.accountId);
      citing.set(id, set);
    }
  }
  let best: Code | null = null;
  let bestCount = 0;
  for (const code of [...codes].sort((a, b) => a.id.localeCompare(b.id))) {
    const count = citing.get(code.id)?.size ?? 0;
    if (code.kind === 'pain_point' && count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

export function icpGrid(
  accounts: readonly Account[],
  deals: readonly Deal[],
  highlights: readonly Highlight[],
  codes: readonly Code[],
  options: IcpGridOptions,
): IcpGrid {
  const weights = options.weights ?? DEFAULT_GRID_WEIGHTS;
  const corePain =
    options.corePainCodeId !== undefined
      ? (codes.find((c) => c.id === options.corePainCodeId) ?? null)
      : defaultCorePain(codes, highlights, accounts);
  const productFailureCodes = new Set(
    codes.filter((c) => c.kind === 'failure_product').map((c) => c.id),
  );
  const interviewed = new Set<string>();
  const citingPain = new Set<string>();
  const productFailed = new Set<string>();
  for (const h of highlights) {
    interviewed.add(h.accountId);
    if (corePain && h.codeIds.includes(corePain.id)) citingPain.add(h.accountId);
    if (h.codeIds.some((id) => productFailureCodes.has(id))) productFailed.add(h.accountId);
  }
  for (const d of deals)
    if (d.stage === 'lost' && d.lossCategory === 'product') productFailed.add(d.accountId);
  const dealsByAccount = new Map<string, Deal[]>();
  for (const d of deals)
    dealsByAccount.set(d.accountId, [...(dealsByAccount.get(d.accountId) ?? []), d]);

  const groups = new Map<string, { values: string[]; members: Account[] }>();
  for (const account of accounts) {
    const values = options.segmentBy.map((dimension) => dimensionValue(account, dimension));
    const key = JSON.stringify(values);
    const group = groups.get(key) ?? { values, members: [] };
    group.members.push(account);
    groups.set(key, group);
  }
  const dealCount = (members: readonly Account[]) =>
    members.reduce((n, a) => n + (dealsByAccount.get(a.id)?.length ?? 0), 0);
  const largest = Math.max(0, ...[...groups.values()].map((g) => dealCount(g.members)));

  const segments = [...groups.values()].map(({ values, members }): GridSegment => {
    const customers = members.filter(
      (a) =>
        a.customerSince !== null ||
        a.churnedAt !== null ||
        (a.cohort !== null && a.cohort !== 'lost_deal'),
    );
    const heard = members.filter((a) => interviewed.has(a.id));
    const segmentDeals = members.flatMap((a) => dealsByAccount.get(a.id) ?? []);
    const won = segmentDeals.filter((d) => d.stage === 'won').length;
    const lost = segmentDeals.filter((d) => d.stage === 'lost').length;
    const npsMean = mean(members.flatMap((a) => (a.nps === null ? [] : [a.nps])));
    const cycle = median(
      members.flatMap((a) => (a.salesCycleDays === null ? [] : [a.salesCycleDays])),
    );
    const failed = ratio(members.filter((a) => productFailed.has(a.id)).length, members.length);
    const components = {
      retention: ratio(
        customers.filter((a) => a.churnedAt === null && a.cohort !== 'churner').length,
        customers.length,
      ),
      nps: npsMean === null ? null : npsMean / 10,
      corePain: corePain
        ? ratio(heard.filter((a) => citingPain.has(a.id)).length, heard.length)
        : null,
      productFit: failed === null ? null : 1 - failed,
      winRate: ratio(won, won + lost),
      salesCycle: cycle === null ? null : 1 - Math.min(cycle, SLOW_CYCLE_DAYS) / SLOW_CYCLE_DAYS,
      dealVolume: largest === 0 ? null : segmentDeals.length / largest,
    };
    const pmf = weighted(components, weights.pmf);
    const gtm = weighted(components, weights.gtm);
    return {
      label: values.join(' · '),
      values,
      accounts: members.length,
      pmf,
      gtm,
      components,
      ...placeSegment(quadrantOf(pmf, gtm), members.length),
    };
  });
  segments.sort((a, b) => b.accounts - a.accounts || a.label.localeCompare(b.label));
  return { segments, corePain, weights, formula: GRID_FORMULA };
}

export interface QuadrantGroup {
  quadrant: Quadrant;
  advice: string;
  segments: GridSegment[];
}

/**
 * The four quadrants in the order of QUADRANTS, each with its segments (in the grid's order),
 * and the segments that could not be placed for lack of data on an axis.
 */
export function groupByQuadrant(segments: readonly GridSegment[]): {
  quadrants: QuadrantGroup[];
  unplaced: GridSegment[];
} {
  const quadrants = QUADRANTS.map((quadrant): QuadrantGroup => ({
    quadrant,
    advice: QUADRANT_ADVICE[quadrant],
    segments: segments.filter((s) => s.quadrant === quadrant),
  }));
  return { quadrants, unplaced: segments.filter((s) => s.quadrant === null) };
}
